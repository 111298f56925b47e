"""Quantities: numbers and vague words, counted nouns, categories of counts, lists and single victims."""
