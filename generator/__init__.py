"""The flashduty-python generator: spec/ (OpenAPI 3.1 YAML) -> generated/."""
