"""Who asserts a claim: the claimant, its side, and the modality its verb gives.

Patterns, all from general news style: "X said/claimed/told/warned/denied ...", "..., said X",
"X, who claimed ...", "X, a spokesman for Y, said", "according to X" / "citing X",
"X's assessment is that ..." (sentence-initial), headline labels "X: ..." and a following
"That's according to X." Pronouns ("he said") and definite descriptions ("the official
said") resolve to the last fitting speaker of the document; a surname resolves to the
fullest name the document gives ("Zelensky" -> "Volodymyr Zelensky"). Chains resolve to
the first source: "US officials told the New York Times" -> "US officials".
"""
from __future__ import annotations

from dataclasses import dataclass

from .speakers import Speakers
from .tokens import Token, dateline_end
from .vocab import Vocab, vocab


@dataclass
class Attribution:
    claimant: str | None  # None: a speaker we cannot name (blocks pronoun resolution)
    modality: str  # claimed, denied, warned
    at: int  # token index of the attributing verb or phrase
    backward: bool = False  # "That's according to X": applies to the sentence before
    span: tuple[int, int] | None = None  # the claimant's tokens in its sentence
    source: bool = False  # named by "according to" / "citing"


def _ok(t: Token, v: Vocab) -> bool:
    if t.is_word and t.is_cap:
        return True
    low = t.lower
    if low in v.claimant_heads or low in v.claimant_modifiers:
        return True
    if low == "." and not t.space_before:
        return True
    return len(t.text) == 1 and t.text.isupper()


def _trim(tokens: list[Token], s: int, e: int, v: Vocab) -> tuple[int, int]:
    while s < e and (tokens[s].lower in v.gram.lead_trim or tokens[s].lower in v.np_breakers):
        s += 1
    while e > s and (tokens[e - 1].lower in {"'s", "of", "the", ",", "-", "and"} | v.report_nouns | v.gram.inside_source
                     or (tokens[e - 1].lower == "." and not (e - 2 >= s and len(tokens[e - 2].text) == 1))):
        e -= 1
    return s, e


def _valid(tokens: list[Token], s: int, e: int, v: Vocab) -> bool:
    """A claimant names an actor: a known one, a head noun ("officials") or a proper name."""
    from .lexicon import is_common_word

    if e <= s:
        return False
    if v.actors.find_all(tokens[s:e]):
        return True
    for k in range(s, e):
        t = tokens[k]
        if t.lower in v.claimant_heads:
            return True
        if t.is_word and t.is_cap and t.lower not in v.weekdays and t.lower not in v.months \
                and not (k == 0 and is_common_word(t.text)):
            return True
    return False


def _text(tokens: list[Token], s: int, e: int) -> str:
    return "".join((" " if k > s and tokens[k].space_before else "") + tokens[k].text for k in range(s, e))


def _subject_before(tokens: list[Token], k: int, v: Vocab) -> tuple[int, int] | str | None:
    i = k - 1
    while i >= 0 and (tokens[i].lower in v.gram.skip_before_verb or tokens[i].lower in v.weekdays):
        i -= 1
    if i < 0:
        return None
    if tokens[i].lower in v.pronouns:
        return tokens[i].lower
    if tokens[i].lower in ("who", "which") and i > 0 and tokens[i - 1].lower == ",":
        i -= 2
    elif tokens[i].lower == ",":
        c = next((x for x in range(i - 1, max(-1, i - 16), -1) if tokens[x].lower == ","), None)
        if c is None or c == 0:
            return None
        i = c - 1
    e = i + 1
    body = dateline_end(tokens)
    while i >= body:
        if _ok(tokens[i], v):
            i -= 1
        elif tokens[i].lower in v.gram.inside_source and i > 0 and tokens[i - 1].lower in v.claimant_heads and i + 1 < e:
            i -= 1  # "officials in Zaporizhzhia", "a spokesman for the ministry"
        elif _bridge(tokens, i, body, v):
            i -= 1  # "the United Nations refugee agency"
        else:
            break
    return _trim(tokens, i + 1, e, v)


def _bridge(tokens: list[Token], i: int, body: int, v: Vocab) -> bool:
    """A lowercase word inside an organisation's name: a proper name comes just before."""
    t = tokens[i]
    if not t.is_word or t.lower in v.np_breakers or t.lower in v.gram.lead_trim:
        return False
    for k in (i - 1, i - 2):
        if k < body:
            return False
        p = tokens[k]
        if p.is_word and p.is_cap and p.lower not in v.np_breakers:
            return True
        if not p.is_word or p.lower in v.np_breakers or p.lower in v.gram.lead_trim:
            return False
    return False


def _phrase_after(tokens: list[Token], k: int, v: Vocab) -> tuple[int, int]:
    j = k
    while j < len(tokens) and j - k < 10 and (_ok(tokens[j], v) or tokens[j].lower in ("the", "a", "an")):
        j += 1
    return _trim(tokens, k, j, v)


def find_attributions(tokens: list[Token], v: Vocab | None = None) -> list[tuple[int, int, str, int, bool] | tuple[str, str, int]]:
    """Raw attributions of a sentence: (start, end, modality, at, backward) spans of claimant
    tokens, or (pronoun, modality, at) for pronoun subjects."""
    v = v or vocab()
    out: list = []
    n = len(tokens)
    backward_start = n > 2 and tokens[0].lower in v.gram.back_reference_starts
    for s, e, _ in v.source_intros.find_all(tokens):
        if tokens[s].lower == "per" and (s == 0 or not tokens[s - 1].lower == ","):
            continue
        ps, pe = _phrase_after(tokens, e, v)
        if _valid(tokens, ps, pe, v):
            back = backward_start and s <= 4
            out.append((ps, pe, "claimed", s, back, True))
    last_named = None
    for s, e, modality in v.speech_verbs.find_all(tokens):
        if tokens[s].lower == "according":
            continue
        if tokens[s].lower in v.gram.adding_verbs and e < n and tokens[e].lower not in (",", ":", "that", "'", '"', ".", "in", "on"):
            continue  # "the Russians added two more groups": adding, not saying
        if s > 0 and tokens[s - 1].lower in ("the", "a", "an", "this", "these", "its", "their"):
            continue  # "the alleged kidnapping": an adjective
        k = s - 1
        while k >= 0 and tokens[k].lower in v.gram.skip_before_verb:
            k -= 1
        if k >= 0 and tokens[k].lower in ("and", "but") and last_named is not None:
            out.append((last_named[0], last_named[1], str(modality), s, False))
            continue  # "Moscow denied X and said Y": the same subject
        subj = _subject_before(tokens, s, v)
        if isinstance(subj, str):
            out.append((subj, str(modality), s))
            continue
        if subj and _valid(tokens, subj[0], subj[1], v):
            out.append((subj[0], subj[1], str(modality), s, False))
            last_named = subj
            continue
        if s > 0 and tokens[s - 1].lower in (",", "'", '"'):
            ps, pe = _phrase_after(tokens, e, v)
            if _valid(tokens, ps, pe, v):
                out.append((ps, pe, str(modality), s, False))
                continue
        if subj is not None:  # a subject we cannot name: remember there was one
            out.append((None, str(modality), s))
    # headline label: "Police: ..."
    colon = next((i for i in range(min(n, 6)) if tokens[i].lower == ":"), None)
    if colon and colon + 1 < n and tokens[colon + 1].lower not in ("'", '"'):
        label = " ".join(t.lower for t in tokens[:colon])
        if label not in v.not_sources and tokens[0].lower not in v.locative_preps \
                and all(_ok(t, v) for t in tokens[:colon]) \
                and _valid(tokens, 0, colon, v) and not v.speech_verbs.find_all(tokens[:colon]):
            out.append((0, colon, "claimed", colon, False))
    # "The U.S. military's assessment ... is that"
    for i in range(1, min(n - 1, 8)):
        if tokens[i + 1].lower in v.report_nouns and (tokens[i].lower == "'s" or (
                tokens[i].lower.endswith("s") and tokens[i].lower[:-1] in v.claimant_heads)):
            end = i if tokens[i].lower == "'s" else i + 1  # "militarys": a lost apostrophe
            s, e = _trim(tokens, 0, end, v)
            if _valid(tokens, s, e, v) and all(_ok(t, v) for t in tokens[s:i]):
                out.append((s, e, "claimed", i + 1, False))
            break
    return out


def resolve(raw, tokens: list[Token], sent: int, speakers: Speakers, v: Vocab | None = None) -> Attribution:
    """Turn a raw attribution into a claimant name, updating the speaker history."""
    v = v or vocab()
    if isinstance(raw[0], str) or raw[0] is None:  # pronoun or unnamed subject
        word, modality, at = raw
        if word is None:
            speakers.add(sent, None, "person")
            return Attribution(None, modality, at)
        kinds = {"person": ("person",), "plural": ("plural", "org"), "org": ("org", "plural")}
        name = speakers.last(sent, kinds.get(v.pronouns.get(word, "person"), ("person",)))
        return Attribution(name, modality, at)
    s, e, modality, at, backward = raw[:5]
    source = len(raw) > 5 and bool(raw[5])
    text = _text(tokens, s, e)
    if text.endswith("s") and e - s >= 1 and tokens[e - 1].lower[:-1] in v.claimant_heads \
            and tokens[e - 1].lower not in v.claimant_heads:
        text = text[:-1]  # "militarys" -> "military"
    words = [t for t in tokens[s:e] if t.is_word]
    lowers = [t.lower for t in words]
    if words and all(not t.is_cap or k == 0 for k, t in enumerate(words)) and \
            s > 0 and tokens[s - 1].lower == "the" and lowers[-1] in v.claimant_heads and len(words) <= 3:
        found = speakers.by_head(lowers[-1])  # "the official said" -> the official named before
        text = found or text
    else:
        text = speakers.fullest(text)
    speakers.add(sent, text, speakers.kind_of(text, v))
    return Attribution(text, modality, at, backward, (s, e), source)


def claimant_side(claimant: str | None, v: Vocab | None = None) -> str | None:
    """ukraine, russia or other from the actor vocabulary; None when it does not say."""
    if not claimant:
        return None
    v = v or vocab()
    from .tokens import tokenize

    toks = tokenize(claimant)
    best = None
    for s, e, side in v.actors.find_all(toks):
        if best is None or e - s > best[0]:
            best = (e - s, str(side))
    if best:
        return best[1]
    for s, e, side in v.claimant_sides.find_all(toks):
        return str(side)
    return None
