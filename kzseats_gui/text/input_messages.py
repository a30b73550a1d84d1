INPUT_TEMPLATES: dict[str, str] = {}
