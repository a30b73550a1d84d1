CORE_TEMPLATES: dict[str, str] = {}
