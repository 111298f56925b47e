"""Places: mentions in a sentence, the document's place context, cues, the resolver and the choice of a claim's place."""
