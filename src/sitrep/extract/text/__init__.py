"""Text layers: the light tokenizer with offsets, sentences, the common-word lexicon, and the trained spaCy pipeline."""
