"""Pure text -> facts: units, numbers, periods, sentences, figures, catalog, topics."""
