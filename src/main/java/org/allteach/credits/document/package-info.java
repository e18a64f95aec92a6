/**
 * The documents of continuing-education credit, rendered from plain values: a learner's certificate
 * ({@link org.allteach.credits.document.CertificateDocument}, a framed landscape PDF with a QR code of its public
 * verification page), their transcript as PDF and CSV ({@link org.allteach.credits.document.TranscriptDocument}) and
 * the certificates' verification codes ({@link org.allteach.credits.document.VerificationCodes}). Nothing here reads
 * the database or decides who may see what; the credits services do, and hand over the content. A named interface of
 * the credits module, so a feature that prints credit (an organiser's report) can use it too (see
 * docs/decisions/0023-certificates.md).
 */
@org.springframework.modulith.NamedInterface("document")
package org.allteach.credits.document;
