"""Training corpus generation and model export."""
