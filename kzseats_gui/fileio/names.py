"""The names a workbook may use, in English, Russian and Kazakh.

Each table maps a role to its names; the first name is the English one the template writes and
messages quote, the second the Russian one the contract names. Matching ignores case, surrounding
and repeated spaces (also non-breaking ones) and treats ё as е.
"""

from __future__ import annotations

from collections.abc import Callable

_SPACES = str.maketrans({"\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u202f": " ", "\t": " "})


def normalize(text: str) -> str:
    return " ".join(text.translate(_SPACES).split()).casefold().replace("ё", "е")


_VALUE_NOISE = str.maketrans("", "", " -_'’.\u2010\u2011\u2013\u2014")


def value_key(text: str) -> str:
    """A looser key for setting values: 'Sainte-Laguë', 'sainte lague' and 'SAINTE_LAGUE' agree."""
    return normalize(text).translate(_VALUE_NOISE).replace("ë", "e")


Names = dict[str, tuple[str, ...]]

SHEETS: Names = {
    "election": ("Election", "Выборы", "Сайлау", "Settings", "Настройки", "Баптаулар"),
    "parties": ("Parties", "Партии", "Партиялар"),
    "list_votes": (
        "List votes",
        "Голоса по спискам",
        "Тізімдер бойынша дауыстар",
        "Партиялық тізімдер бойынша дауыстар",
    ),
    "districts": ("Districts", "Округа", "Округтер", "Сайлау округтері"),
    "candidates": ("Candidates", "Кандидаты", "Кандидаттар", "Party lists", "Партийные списки"),
    # Written by the template and the samples; read by people, not by the importer.
    "instructions": ("Instructions", "Инструкция", "Инструкции", "Нұсқаулық", "Read me",
                     "Notes", "Примечания", "Ескертпелер"),
}
IGNORED_SHEETS = ("instructions",)  # the Notes sheet is one of its names

ELECTION_COLUMNS: Names = {
    "setting": ("Setting", "Параметр", "Баптау", "Көрсеткіш"),
    "value": ("Value", "Значение", "Мән", "Мәні"),
}

PARTY = ("Party", "Партия", "Партия атауы", "Название партии")
VOTES = ("Votes", "Голоса", "Дауыстар", "Дауыс саны", "Число голосов")

PARTIES_COLUMNS: Names = {
    "party": PARTY,
    "votes": VOTES,
    "short_name": ("Short name", "Краткое название", "Қысқаша атауы", "Short"),
    "color": ("Color", "Цвет", "Түсі", "Colour", "Түс"),
    "registration_order": ("Registration order", "Порядок регистрации", "Тіркелу реті"),
}

AGAINST_ALL = ("Against all", "Против всех", "Барлығына қарсы")
INVALID = (
    "Invalid",
    "Недействительные",
    "Жарамсыз",
    "Недействительные бюллетени",
    "Жарамсыз бюллетеньдер",
    "Invalid ballots",
)
BALLOTS_CAST = (
    "Ballots cast",
    "Бюллетени",
    "Поданные бюллетени",
    "Дауыс беруге қатысқандар",
    "Берілген бюллетеньдер",
    "Проголосовавшие",
)
REGISTERED_VOTERS = (
    "Registered voters",
    "Избиратели",
    "Избирателей в списках",
    "Тіркелген сайлаушылар",
    "Сайлаушылар саны",
)

LIST_VOTES_COLUMNS: Names = {
    "region": ("Region", "Регион", "Өңір", "Область", "Облыс"),
    "polling_station": ("Polling station", "Участок", "Сайлау учаскесі", "Учаске", "Избирательный участок"),
    "against_all": AGAINST_ALL,
    "invalid": INVALID,
    "ballots_cast": BALLOTS_CAST,
    "registered_voters": REGISTERED_VOTERS,
}

DISTRICTS_COLUMNS: Names = {
    "district": ("District", "Округ", "Сайлау округі", "Округ №"),
    "candidate": ("Candidate", "Кандидат", "Кандидаттың аты-жөні"),
    "party": PARTY,
    "votes": VOTES,
}

CANDIDATES_COLUMNS: Names = {
    "party": PARTY,
    "position": ("Position", "Номер", "Нөмір", "Позиция", "Реттік нөмір"),
    "name": ("Name", "ФИО", "Аты-жөні", "Ф.И.О.", "Толық аты-жөні", "Имя"),
    "gender": ("Gender", "Пол", "Жынысы"),
    "birth_date": ("Birth date", "Дата рождения", "Туған күні", "Date of birth"),
    "disability": ("Disability", "Инвалидность", "Мүгедектік"),
    "elected": ("Elected", "Избран", "Сайланды", "Избрана", "Mandate holder"),
}

SELF_NOMINATED = (
    "Self-nominated",
    "Самовыдвижение",
    "Өзін-өзі ұсыну",
    "Самовыдвиженец",
    "Өзін-өзі ұсынған",
    "Independent",
    "Self nominated",
)

SETTINGS: Names = {
    "body": ("Body", "Орган", "Сайланатын орган"),
    "title": ("Title", "Название", "Атауы"),
    "election_date": ("Election date", "Дата выборов", "Сайлау күні"),
    "list_seats": (
        "List seats",
        "Мандаты по спискам",
        "Тізім бойынша мандаттар",
        "Партиялық тізім мандаттары",
    ),
    "district_seats": ("District seats", "Мандаты по округам", "Округтер бойынша мандаттар"),
    "threshold_percent": ("Threshold percent", "Порог, %", "Өту шегі, %", "Порог", "Threshold", "Шек, %"),
    "threshold_base": ("Threshold base", "База порога", "Шек негізі"),
    "ballots_cast": BALLOTS_CAST,
    "registered_voters": REGISTERED_VOTERS,
    "invalid": INVALID,
    "method": ("Method", "Метод", "Әдіс"),
    "quota_percent": ("Quota percent", "Квота, %", "Квота", "Квота пайызы"),
    "quota_rounding": ("Quota rounding", "Округление квоты", "Квотаны дөңгелектеу"),
    "youth_age_limit": ("Youth age limit", "Возраст молодежи", "Жастар жасының шегі"),
    "use_registration_order": (
        "Registration order breaks ties",
        "Порядок регистрации решает",
        "Тіркелу реті шешеді",
    ),
    "admit_runner_up": ("Admit runner-up", "Допуск второй партии", "Екінші партияны жіберу"),
    "against_all_leads": ("Against all leads", "Если против всех впереди", "Барлығына қарсы алда болса"),
    "mandate_quota": ("Mandate quota", "Квота при распределении мандатов", "Мандат квотасы"),
}

BODY_VALUES: Names = {
    "mazhilis": ("mazhilis", "Мажилис", "Мәжіліс"),
    "maslikhat-regional": (
        "maslikhat-regional",
        "regional maslikhat",
        "областной маслихат",
        "облыстық мәслихат",
        "маслихат области",
    ),
    "maslikhat-local": ("maslikhat-local", "local maslikhat", "районный маслихат", "аудандық мәслихат"),
    "mazhilis-2007": ("mazhilis-2007", "Мажилис 2007", "Мәжіліс 2007", "mazhilis 2007-2021"),
}

METHOD_VALUES: Names = {
    "hare": ("hare", "Hare quota", "largest remainder", "Хэйр", "квота Хэйра", "наибольший остаток"),
    "droop": ("droop", "Droop quota", "Друп", "квота Друпа"),
    "dhondt": ("dhondt", "D'Hondt", "д'Ондт", "Д’Ондт", "Донт"),
    "sainte-lague": ("sainte-lague", "Sainte-Laguë", "Сент-Лагю", "Сен-Лагю", "Webster"),
}

BASE_VALUES: Names = {
    "valid": ("valid", "действительные", "жарамды"),
    "parties": ("parties", "партии", "партиялар"),
    "ballots": ("ballots", "бюллетени", "бюллетеньдер"),
}

ROUNDING_VALUES: Names = {
    "ceil": ("ceil", "up", "вверх", "жоғары"),
    "floor": ("floor", "down", "вниз", "төмен"),
    "half-up": ("half-up", "nearest", "round", "до ближайшего", "жақынға"),
}

AGAINST_ALL_LEADS_VALUES: Names = {
    "warn": ("warn", "предупредить", "ескерту"),
    "void": ("void", "недействительно", "жарамсыз"),
}

YES_NO: dict[bool, tuple[str, ...]] = {
    True: ("yes", "да", "иә", "y", "true", "1", "д", "ия", "x", "✓"),
    False: ("no", "нет", "жоқ", "n", "false", "0", "н", "-"),
}

GENDER_VALUES: Names = {
    "F": ("F", "Ж", "Ә", "female", "woman", "w", "жен", "женский", "женщина", "әйел"),
    "M": ("M", "М", "Е", "male", "man", "муж", "мужской", "мужчина", "ер", "ер адам"),
}


def lookup(table: Names, key_of: Callable[[str], str] = normalize) -> dict[str, str]:
    """name (normalized) -> role, for every name of every role."""
    return {key_of(name): role for role, names in table.items() for name in names}


def shown(names: tuple[str, ...]) -> str:
    """'Party [Партия]': the English name with the Russian alias, for messages."""
    return f"{names[0]} [{names[1]}]" if len(names) > 1 else names[0]
