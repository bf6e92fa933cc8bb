"""Required fields of each model, by wire name (the models themselves give every
field a default: see _models.py). Generated from spec/; do not edit."""

REQUIRED: dict[str, tuple[str, ...]] = {
    "Envelope": ("request_id",),
    "Page": (
        "total",
        "has_next_page",
    ),
    "Pet": (
        "pet_id",
        "name",
        "kind",
    ),
    "PetEvent": (
        "event_type",
        "event_id",
    ),
    "PetPage": (
        "total",
        "has_next_page",
    ),
    "Toy": ("name",),
}
