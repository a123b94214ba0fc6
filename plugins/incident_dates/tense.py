"""Tell from the sentence around an expression whether it points forward or back in time."""

from __future__ import annotations

import re
from functools import lru_cache

from .grammar.events import HAPPENED_NOUNS
from .tense_morphology import CYRILLIC_WORD, future_verb

PAST = "past"
PRESENT = "present"
FUTURE = "future"

# Markers of what is still to come, in English, Russian and Ukrainian. Every marker
# starts a word, and the lookahead rejects a word's end before the alternatives are tried:
# a third less time per sentence.
_FUTURE = re.compile(
    r"\b(?=[\w'])(?:will|won't|shall|'ll|is (?:expected|schedul(?:ed|e)|due|set|slated|planned) to"
    r"|expected (?:to|on|by)|(?:is|are) expected|anticipated to|poised to|on the verge of"
    r"|on (?:track|course) to|(?:is|are|has been|have been) (?:scheduled|slated|due)\b"
    r"|forecast (?:for|to)"
    r"|(?:is|are) forecast|(?:is|are) planned\b"
    r"|are (?:expected|scheduled|due|set|slated|planned) to|expects? to|plans? to|planning to"
    # "Protesters are planning a march on Saturday": what is planned is to come (not
    # "planned a", which crime reporting tells of the past).
    r"|(?:plans?|planning) an?(?! (?:day|week|month|year)s?\b) [a-z]+"
    r"|(?:has|have) (?:scheduled|planned|set)\b"
    # "Has set up a shelter", "have set fire to": done, not planned.
    r"(?! (?:up|free|off|out|fire|ablaze|alight|about|aside|apart|foot)\b)"
    r"|(?:is|are|set|due) to (?:resume|begin|start|open|meet|take|be|hold|return|vote)"
    r"|scheduled (?:for|to)|is going to|are going to|would|next(?! to\b| door\b)|upcoming|coming"
    r"|(?:is|are) supposed to|(?:is|are|am) to be [a-z]+ed|not to [a-z]+"
    # An order or a promise looks ahead: "ordered schools not to open on Sunday" (one told
    # in the passive is taken out first, below).
    r"|(?:ordered|urge[sd]?|told|asked|instructed|called on"
    r"|calls on|agreed|decided|vowed"
    r"|promised|pledged|threatened|planned|intends?)(?: [a-z]+){0,3} to [a-z]+"
    r"|будет|будут|планирует|планируется|запланирован[аоы]?|состоится|ожидается|намерены?"
    # «Должно вступить», «должна начаться»; not «должен был» (a past duty) nor the
    # parenthetical «должно быть,» ("probably").
    r"|должн[аоы]?(?! был| быть,)"
    r"|обещает|пообеща[а-я]*|начнется|продлится|завершится|вступит"
    r"|буде|будуть|відбудеться|планує|планують|планується|заплановано|очікується|має намір"
    r"|мають намір|повинні|пообіця[а-яіїєґ']*|обіцяє|почнеться|триватиме|завершиться|набуде"
    # An order, a call or a duty looks ahead: «наказало не відкривати школи у неділю».
    r"|(?:наказа|наказу|заклика|закликал|попроси|вирішил|вирішив|приказа|призва|призыва|решил"
    # «Постановил провести голосование 22 марта», «доручив підготувати до 1 червня».
    r"|постанови|поручи|назначи|доручи|призначи"
    # «Должен был приземлиться»: a duty of the past.
    r"|мають|має|маємо|должны|должен|обязаны)[а-яіїєґ']*(?! был| була| було| були)"
    r"(?: [а-яіїєґ']+){0,3}"
    r" (?:не )?[а-яіїєґ']+(?:ти|тися|ть|ться|чь))\b"
)
# An order told in the passive may be of the past or of what is to come ("residents were
# later ordered to evacuate on Thursday", "was ordered to report to prison on Feb. 9").
_PASSIVE_ORDER = re.compile(
    r"\b(?:was|were|been|being|is|are)(?: [a-z]+)? (?:ordered|told|asked|urged"
    r"|instructed)\b"
)
# A day named as a day of mourning is still to come: "declared Friday a day of mourning".
_DAY_OF = re.compile(
    r"^\W*(?:(?:as )?an? (?:national )?day of|(?:днем|днями|днём) (?:траура|жалобы)"
    r"|(?:днем|днями) (?:жалоби|трауру))"
)
# Verbs in the simple past: regular '-ed' forms and the irregular ones news uses most.
_PAST = re.compile(
    r"\b(?=[\w'])(?:was|were|had|did|said|told|began|took|made|left|won|lost|rose|fell|came|went"
    r"|got|gave|sold|bought|met|held|became|brought|paid|struck|hit|shot|fled|ran|saw"
    # Not those that are also a present, an adjective or a noun ("lay", "kept shut",
    # "US-led", "the Fed", "found", "spent fuel").
    r"|fought|sank|sent|built|stood|thought|caught|heard|drove|flew|threw|blew|grew|knew"
    r"|drew|wrote|spoke|broke|chose|froze|rode|woke|tore|swore|rang|laid|dealt|stole|arose"
    r"|swung|shook|withdrew|understood|overran|overtook|undertook|forgot|sought|taught"
    r"|slept|swept|dug|hid"
    r"|(?!(?:hundr|unit|limit|bas|propos|expect|schedul|ne|se|spe)ed\b)[a-z]{2,}[^e]ed"
    r"|[a-z]?[a-z]ied"
    r"|заявил|заявила|сообщил|сообщила|произошло|произошел|заявив|повідомив|сталося"
    r"|был|была|было|были|був|була|було|були|пошел|пошла|пішов|пішла|произошла|произошли"
    # Russian and Ukrainian past forms: a stem, a vowel and -л or -в («отключили»,
    # «двинулись», «почався»; Ukrainian verbs in -іти in -іла, -іли: «прогриміли»), but
    # not the nouns that end so («генерал», «сигнал», «обстріли», «відділи»).
    r"|(?!(?:генер|матери|сигн|кан|персон|арсен|подв|фин|фін|сигн|зак|вокз|пров)а[лв]"
    r"[аиоуы]?\b)(?![а-яіїєґ']*(?:стр|відд|розд|под)іл[аиоу]?\b)"
    r"[а-яіїєґ']{2,}(?:[аеиыуя]л|іл(?=[аои])|[аиу]в)(?:[аои])?(?:сь|ся)?)\b"
)
_WORD = re.compile(r"[\w'’]+")
# Every alternative of _PAST is one word: a text tells of the past when one of its words
# does, and each word is matched once (the same words recur in every sentence).
# (An apostrophe ends an English word, "won't"; a Ukrainian one is inside it, «з'явився».)
_PAST_WORD = re.compile(r"\w+(?:'(?=[а-яіїєґ])\w+)*")


def _tells_past(text: str) -> bool:
    """Tell whether a word of `text` is a verb in the past, as `_PAST.search` would."""
    return any(_is_past_word(word) for word in _PAST_WORD.findall(text))


@lru_cache(maxsize=200_000)
def _is_past_word(word: str) -> bool:
    return _PAST.fullmatch(word) is not None


# The words right before an expression that bound it from after: "until [Tuesday]"; the
# longest fits in the sentence's last characters before it.
_BOUND_REACH = 24
_BOUND_AHEAD = re.compile(
    r"\b(?:until|till|as (?:early|soon) as|no later than|до|не позднее|не пізніше)\s*$"
)


def _names_what_happened(words: str) -> bool:
    """Tell whether `words` hold a noun of what happens unscheduled ("blast", «удару»)."""
    return any(word in HAPPENED_NOUNS for word in _WORD.findall(words))


# What is held about what happened is scheduled: "the Oct. 23 murder trial", "Friday's
# shooting anniversary".
_SCHEDULED_ABOUT = re.compile(
    r"\b(?:(?:trial|hearing|sentencing|verdict|inquest|anniversary|memorial|commemoration"
    r"|drill|exercise|summit|talk|vote)s?|суд[аеуом]?|заседани[яеюй]|годовщин[аыуе]"
    r"|річниц[яіюе]|засідан[нняі]+|навчан[нняі]+|учени[яйе])\b"
)
_BREAK_AFTER = re.compile(r"\s*[,;:—–(]")


def _names_past_event(words: list[str]) -> bool:
    """Tell whether the words after a day name what happened, not what is held about it."""
    joined = " ".join(words)
    return _names_what_happened(joined) and not _SCHEDULED_ABOUT.search(joined)


_POSSESSIVE = re.compile(r"['’]s?$")
# Punctuation inside a number or a time ("1,200", "8:00") does not end a clause.
_CLAUSE_BREAK = re.compile(r";|[,:](?!\d)| that | but | while | when | after | before ")


def _first_clause(words: str) -> str:
    """Return the words up to the first break of clause (the rest is never split)."""
    found = _CLAUSE_BREAK.search(words)
    return words[: found.start()] if found else words


@lru_cache(maxsize=4096)
def direction(context: str, text: str = "") -> str | None:
    """Return FUTURE, PAST or PRESENT for the clause that governs `text`; None with no context.

    The words before the expression in its own clause hold the verb that governs it ("said
    Friday it would" is past, "will meet on Thursday" is future); when the expression opens
    its clause ("In March, the company bought"), the words after it do. PRESENT means the
    clause has neither marker, which news also uses for the recent past.
    """
    if not context:
        return None
    lowered, position = locate(context, text)
    after = lowered[position + len(text) :].lstrip(" ,:—-") if position >= 0 else ""
    if _DAY_OF.match(after):
        return FUTURE
    named = after.split()[:4]
    if _POSSESSIVE.search(text) and _names_past_event(named):
        # "Will keep growing from Friday's 7.7 magnitude quake": the day of what happened.
        return PAST
    if (
        position > 0
        and named
        and _names_what_happened(named[0])
        and _names_past_event(named[:3])
        and not _BREAK_AFTER.match(lowered, position + len(text))
    ):
        # "Since shortly after the Oct. 23 slaying": a day that names what happened; not
        # across a comma ("On Monday, fire crews will begin").
        return PAST
    before = lowered[:position] if position >= 0 else lowered
    clauses = _CLAUSE_BREAK.split(before)
    clause = clauses[-1]
    if _COORDINATED.match(clause) and len(clauses) > 1 and not _marker(clause):
        # "Winds expected to rise overnight, and peak Wednesday morning": a clause joined
        # by "and" with no verb of its own shares the tense of the one before.
        clause = clauses[-2]
    tail = " ".join(clause.split()[-3:])
    if (
        _names_what_happened(tail)
        and (
            CYRILLIC_WORD.search(tail)
            or _tells_past(" ".join(clause.split()[-6:]))
            or not _FUTURE.search(clause)
        )
        and not _FUTURE.search(tail)
        and not future_verb(tail, lowered)
    ):
        # «унаслідок ракетного удару по місту у вівторок»: the day names when what
        # happened happened, whatever the clause around it says; in English, whose
        # prepositions may attach to the verb ("will discuss the raids on Tuesday"), only
        # with a past form near it ("those killed in the attack on Tuesday") or in a
        # clause that does not look ahead.
        return PAST
    bound = _BOUND_AHEAD.search(before[-_BOUND_REACH:])
    if bound and len(clause.split()) - len(bound.group().split()) < 2:
        # "Until Monday, the town had no water": a bound that opens its clause looks
        # ahead unless the clause after it is told in the past and nowhere ahead ("until
        # Monday, roads closed by the flooding will stay shut").
        if _FUTURE.search(after) or future_verb(after, lowered, after=True):
            return FUTURE
        return PAST if _tells_past(_first_clause(after)) else FUTURE
    if bound and (_SETS_A_DEADLINE.search(clause) or not _tells_past(clause)):
        # "Schools stay shut until Monday", "postponed until Tuesday morning", "could
        # come as early as Tuesday": a bound that lies ahead, unless the clause is told in
        # the past ("fighting went on until Tuesday") and sets no deadline.
        return FUTURE
    if _PASSIVE_ORDER.search(clause):
        # "Were ordered to evacuate on Thursday", "was ordered to report on Feb. 9": the
        # order neither looks ahead nor back; nearness decides.
        clause = _PASSIVE_ORDER.sub(" ", clause)
    if _FUTURE.search(clause):
        return PAST if _past_within(clause) else FUTURE
    if _tells_past(clause):
        return PAST
    if future_verb(clause, lowered):
        return FUTURE
    if len(clause.split()) < 3 and position >= 0:
        return _first_marker(_first_clause(after))
    attributed_after_a_comma = len(clauses) > 1 and bool(_SLAVIC_ATTRIBUTION.match(clause))
    if (_ATTRIBUTION.match(clause) and _SPOKEN.search(clause)) or attributed_after_a_comma:
        # "Schools will reopen in September, according to a ministry statement Monday",
        # «…, согласно заявлению министерства в пятницу»: the day a source spoke, not the
        # day of what it says will be (not «По данным Минэнерго в апреле отключений не
        # будет», which opens the sentence).
        return PAST
    for earlier in reversed(clauses[-3:-1]):
        # "Is scheduled to spend five hours in Dar es Salaam, her first stop Tuesday
        # morning": a clause with no verb of its own belongs to the verb before it.
        if _FUTURE.search(earlier):
            return FUTURE
        if _tells_past(earlier):
            return PAST
    return PRESENT


@lru_cache(maxsize=4096)
def locate(context: str, text: str) -> tuple[str, int]:
    """Return the sentence lower-cased and where `text` starts in it (-1: not found)."""
    lowered = context.lower()
    return lowered, lowered.find(text.lower()) if text else -1


def words_after(context: str, text: str) -> str:
    """Return the sentence's words after `text`, lower-cased ("" if `text` is not in it)."""
    lowered, position = locate(context, text)
    return lowered[position + len(text) :] if position >= 0 else ""


def _past_within(clause: str) -> bool:
    """Tell whether a past verb of a clause within follows the clause's last future marker.

    "Will begin the transfer from the relatives who have cared for him since he was
    rescued in late November": the verb of the clause within governs.
    """
    if not _SUBORDINATE.search(clause):
        return False
    last_future = max(m.end() for m in _FUTURE.finditer(clause))
    past = [m.start() for m in _PAST.finditer(clause, last_future)]
    return (
        bool(past)
        and bool(_SUBORDINATE.search(clause, last_future, past[-1]))
        # "Will visit the towns which flooded last year and announce aid on Tuesday":
        # a verb joined after it goes back to the future.
        and not _returns_to_future(clause, past[-1])
    )


def _returns_to_future(clause: str, past: int) -> bool:
    """Tell whether a verb not in the past is joined to the clause after position `past`."""
    for joined in _COORDINATED_VERB.finditer(clause, past):
        word = joined.group(1)
        if not (_PAST.fullmatch(word) or _PARTICIPLE.fullmatch(word)):
            return True
    return False


# "Arrested and taken into custody", "stabbed and beaten": participles, not a verb ahead.
_PARTICIPLE = re.compile(r"[a-z]+(?:en|wn|ne|ing)|held|shot|hit|hurt|cut|put|struck|left|lost|kept")


# A phrase that names who said it, with no verb of its own, ending in what they said:
# "according to a ministry statement [Friday]".
_ATTRIBUTION = re.compile(r"\s*(?:according to|per|citing|in (?:a|an|its|his|her|their)\b)")
_SPOKEN = re.compile(
    r"\b(?:statement|report|interview|address|briefing|post|message|update|announcement)s?"
    r"(?: (?:issued|published|released|posted))?(?: on)?\s*$"
)
# «Согласно заявлению министерства», «за даними відомства», «по словам губернатора»: who
# said it, in a clause of its own.
_SLAVIC_ATTRIBUTION = re.compile(
    r"\s*(?:(?:согласно|згідно з|відповідно до)\s+(?:\S+\s+)?(?:заявлени|сообщени|данным"
    r"|словам|информаци|публикаци|заяв|повідомлен|даних|слів|інформаці|публікаці)"
    r"|по данным|по словам|по информации|по сообщению|как сообщил[аио]?"
    r"|за даними|за словами|за інформацією|за повідомленням|як повідомил[аио]?)"
)
# Russian and Ukrainian set these off with a comma, which ends the clause already.
_SUBORDINATE = re.compile(r"\b(?:who|whom|whose|which|since|because|where|although|though)\b")
_COORDINATED = re.compile(r"\s*(?:and|or|и|і|й|та)\b")
# "And announce", "then visit": a verb joined to the one before (not "and the towns").
_COORDINATED_VERB = re.compile(
    r"\b(?:and|then|or) (?:then |also |later )?"
    r"(?!(?:the|a|an|its|their|his|her|other|many|more|some|all|two|three)\b)([a-z]+)\b"
)


def _marker(clause: str) -> bool:
    return bool(_FUTURE.search(clause) or _tells_past(clause))


def _first_marker(clause: str) -> str:
    """Return the tense of the first verb marker in `clause`: 'announced plans to' is past."""
    future, past = _FUTURE.search(clause), _PAST.search(clause)
    if future and (not past or future.start() < past.start()):
        return FUTURE
    if past:
        return PAST
    return FUTURE if future_verb(clause, clause, after=True) else PRESENT


def clear_caches() -> None:
    """Forget the sentences read (not the words looked up), to measure reading afresh."""
    for cached in (direction, locate, clause_before, past_in_sentence, looks_ahead_anywhere):
        cached.cache_clear()


# "Has waged", "have since": done by the time of the clause (an auxiliary that ends it
# stands for the verb said before).
_PERFECT = re.compile(r"\b(?:has|have|had|'ve)(?:(?: [a-z]+ly)? [a-z]+(?:ed|en|un|ne|ught)\b|\s*$)")


# Verbs that set a deadline ahead, even told in the past: "extended the curfew until
# Tuesday", «продлил арест до весны».
_SETS_A_DEADLINE = re.compile(
    r"\b(?:extend|prolong|postpon|adjourn|delay|put off|продли|продлен|продлён|отлож|перенес"
    r"|продовжи|продовжен|подовжи|подовжен|відклал|відклав|відклад|перенесл|перенесен)"
)


def sets_a_deadline(context: str, text: str) -> bool:
    """Tell whether the clause before `text` extends or postpones to it."""
    return bool(_SETS_A_DEADLINE.search(clause_before(context, text)))


def has_future_marker(words: str) -> bool:
    """Tell whether lower-cased words hold a marker of what is to come ("will", «будет»)."""
    return bool(_FUTURE.search(words))


@lru_cache(maxsize=4096)
def looks_ahead_anywhere(context: str) -> bool:
    """Tell whether any words of the sentence look ahead ("will"; not «откроют»)."""
    return bool(_FUTURE.search(context.lower()))


@lru_cache(maxsize=4096)
def past_in_sentence(context: str) -> bool:
    """Tell whether any words of the sentence tell of the past ("the sources said")."""
    return _tells_past(context.lower())


def perfect(context: str, text: str) -> bool:
    """Tell whether the words before `text` in its clause are in a perfect tense."""
    return bool(_PERFECT.search(clause_before(context, text)))


# A clause of so few words and no verb of its own names a scene, not an event: «Сьогодні,
# 6 серпня, у Нікополі ввечері», "for a second day on Monday, from 8 pm". One that reports
# ("the governor says on Saturday that") names when it was said.
_SCENE_WORDS = 6
_REPORTS = re.compile(
    r"\b(?:says|tells|reports|announces|writes|говорит|сообщает|заявляет|пишет|каже|повідомляє"
    r"|заявляє|пише)\b"
)


def _sets_the_scene(clause: str) -> bool:
    words = len(clause.split())
    return 0 < words <= _SCENE_WORDS and not _marker(clause) and not _REPORTS.search(clause)


@lru_cache(maxsize=4096)
def clause_before(context: str, text: str) -> str:
    """Return the words of `text`'s own clause that come before it in the sentence.

    Clauses before it that have no verb of their own belong to it: they set its scene
    («Сьогодні, 6 серпня, у Нікополі ввечері …»).
    """
    lowered, position = locate(context, text)
    if position <= 0:
        return ""
    clauses = _CLAUSE_BREAK.split(lowered[:position])
    first = len(clauses) - 1
    while first > 0 and _sets_the_scene(clauses[first - 1]):
        first -= 1
    return " ".join(clause.strip() for clause in clauses[first:] if clause.strip())
