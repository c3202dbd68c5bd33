/**
 * A third party's rules as they go wrong, packed at test time into a bundle of their own
 * ({@code resources/rule-bundles/misbehaving.plugin.xml}) and installed into the running framework: they use only
 * the API of org.triage.core and the model, as a vendor's rule does. This bundle never declares them.
 */
package org.triage.core.tests.rules;
