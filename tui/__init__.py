"""The Textual explorer: documents, entities and quotes, cross-referenced by keyboard."""
