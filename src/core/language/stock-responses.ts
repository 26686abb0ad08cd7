// A response in stock words, carried from note to note: "Client receptive.", "Pt was engaged and cooperative.",
// "Receptive to interventions.", "Tolerated session well." A sentence that says only this tells nothing of how the
// client took the work, so it is no evidence of the response (read/stock.ts); a sentence that goes on ("receptive to
// trying the exposure ladder", "engaged, and named two triggers") is read as usual.

/**
 * A whole sentence in stock words, its full stop aside: who (optional: "Client", "Pt", "She"), a verb (optional: "was",
 * "appeared"), then up to three of receptive, responsive, engaged, cooperative, attentive, participative, pleasant,
 * appropriate, open, said of the work in general ("to interventions", "in session") or of the session ("throughout the
 * session"); or "tolerated the session well", "participated in group"; or "good participation".
 */
export const STOCK_RESPONSE =
  /^(?:(?:(?:the\s+)?(?:client|clients|pt|patient|member|couple|family|she|he|they)\s+)?(?:was\s+|is\s+|were\s+|are\s+|appeared\s+|seemed\s+|remained\s+|remains\s+)?(?:very\s+|fully\s+|somewhat\s+|generally\s+|overall\s+)?(?:receptive|responsive|engaged|cooperative|co-operative|attentive|participative|pleasant|appropriate|open)(?:\s*(?:,|and|&)\s*(?:receptive|responsive|engaged|cooperative|co-operative|attentive|participative|pleasant|appropriate|open)){0,2}(?:\s+(?:to|with|in)\s+(?:the\s+|all\s+)?(?:interventions?|session|sessions|treatment|tx|counsel+ing|therapy|feedback|support|discussion|process|techniques?|writer|clinician|therapist))?(?:\s+(?:well|throughout(?:\s+the\s+session)?|today|overall|in\s+session|this\s+session))?|(?:(?:the\s+)?(?:client|clients|pt|patient|member|couple|family|she|he|they)\s+)?(?:tolerated|participated\s+in)\s+(?:the\s+)?(?:session|sessions|group|treatment)(?:\s+well)?|(?:good|fair|adequate|active)\s+(?:participation|engagement))$/i;
