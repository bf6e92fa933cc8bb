"""Resource classes, one module per area; loaded by the client on first use.
Generated from spec/; do not edit."""
