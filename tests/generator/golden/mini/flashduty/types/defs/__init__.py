"""One module per model (or per cycle of models). Generated; do not edit."""
