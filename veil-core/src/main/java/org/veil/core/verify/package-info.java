/**
 * Verification of an anonymized text that does not trust the detector: a leak check for every original value
 * the run replaced, and a sweep for identifier-shaped strings built without any recognizer or model.
 */
package org.veil.core.verify;
