/**
 * Parsers and renderers for the verbatim output of the Windows tools a triage snapshot holds:
 * {@code dsregcmd /status}, {@code cmdkey /list}, {@code ipconfig /all},
 * {@code Get-VpnConnection | ConvertTo-Json}, {@code Get-NetRoute ... | ConvertTo-Json} and
 * {@code netsh winhttp show proxy}.
 *
 * <p>Conventions shared by every {@code XxxFormat} class:
 * <ul>
 * <li>{@code parse(byte[])} decodes with {@link org.triage.formats.TextDecoder} (BOMs, UTF-16LE,
 * CRLF); {@code parse(String)} takes text already decoded.</li>
 * <li>Parsing never throws. The result says whether the input was {@code recognised()} as the
 * format at all, lists {@link org.triage.formats.ParseProblem}s with 1-based line numbers, and
 * (for text formats) keeps the lines it did not interpret.</li>
 * <li>Line numbers in results refer to the parsed text; results built in code use 0.</li>
 * <li>{@code render(result)} writes text as the tool prints it, with CRLF line ends; encode it
 * with {@link org.triage.formats.TextDecoder#encode} to get a file as Windows writes it.
 * Parsing rendered text gives back the same data.</li>
 * </ul>
 */
package org.triage.formats;
