"""Lexicons and rules as data: each module holds the word lists one annotator uses."""
