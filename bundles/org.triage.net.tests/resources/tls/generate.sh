#!/usr/bin/env bash
# Regenerates the TLS material of the loopback tests (valid 2020 to 2119; run again only to change it):
#   self-signed.p12   a self-signed certificate for the sign-in host names, as an inspecting proxy might
#                     present one: the tests expect "not trusted"
#   test-ca.p12       the trust store of the tests: only the certificate of "Triage Test Root CA"
#   test-ca-leaf.p12  a certificate for the sign-in host names issued by that CA (with its chain)
# Password of every store: "triage-tests". These are test fixtures, never used outside the tests.
set -euo pipefail
cd "$(dirname "$0")"
keytool=${JAVA_HOME:+$JAVA_HOME/bin/}keytool
pass=triage-tests
san="SAN=dns:login.microsoftonline.com,dns:login.microsoft.com,dns:login.windows.net,dns:device.login.microsoftonline.com,dns:enterpriseregistration.windows.net,dns:aadcdn.msftauth.net,dns:aadcdn.msauth.net,dns:graph.microsoft.com,dns:localhost"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rm -f self-signed.p12 test-ca.p12 test-ca-leaf.p12

"$keytool" -genkeypair -keystore self-signed.p12 -storetype PKCS12 -storepass $pass -alias server \
  -keyalg EC -groupname secp256r1 -startdate 2020/01/01 -validity 36500 -dname "CN=login.microsoftonline.com" -ext "$san"

"$keytool" -genkeypair -keystore "$work/ca.p12" -storetype PKCS12 -storepass $pass -alias ca \
  -keyalg EC -groupname secp256r1 -startdate 2020/01/01 -validity 36500 -dname "CN=Triage Test Root CA, O=Triage Test CA" \
  -ext bc:c -ext KeyUsage=keyCertSign,cRLSign
"$keytool" -exportcert -keystore "$work/ca.p12" -storepass $pass -alias ca -rfc -file "$work/ca.pem"
"$keytool" -importcert -noprompt -keystore test-ca.p12 -storetype PKCS12 -storepass $pass -alias ca -file "$work/ca.pem"

"$keytool" -genkeypair -keystore test-ca-leaf.p12 -storetype PKCS12 -storepass $pass -alias server \
  -keyalg EC -groupname secp256r1 -startdate 2020/01/01 -validity 36500 -dname "CN=login.microsoftonline.com"
"$keytool" -certreq -keystore test-ca-leaf.p12 -storepass $pass -alias server -file "$work/leaf.csr"
"$keytool" -gencert -keystore "$work/ca.p12" -storepass $pass -alias ca -infile "$work/leaf.csr" \
  -outfile "$work/leaf.pem" -rfc -startdate 2020/01/01 -validity 36500 -ext "$san" -ext KeyUsage=digitalSignature \
  -ext ExtendedKeyUsage=serverAuth
cat "$work/ca.pem" "$work/leaf.pem" > "$work/chain.pem"
"$keytool" -importcert -noprompt -keystore test-ca-leaf.p12 -storepass $pass -alias server -file "$work/chain.pem"
echo "written: self-signed.p12 test-ca.p12 test-ca-leaf.p12"
