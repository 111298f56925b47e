"""Who asserts a claim: the claimant, its side, and the modality its verb gives.

Patterns, all from general news style: "X said/claimed/told/warned/denied ...", "..., said X",
"X, who claimed ...", "X, a spokesman for Y, said", "according to X" / "citing X",
"X's (latest) assessment is that ...", headline labels "X: ..." and a following
"That's according to X." Pronouns ("he said") and definite descriptions ("the official
said") resolve to the last fitting speaker of the document; a surname resolves to the
fullest name the document gives ("Zelensky" -> "Volodymyr Zelensky"). Chains resolve to
the first source: "US officials told the New York Times" -> "US officials".

Reach inside a sentence: an attribution whose verb opens its content ("X said that ...",
"X said 12 were ...") covers what follows it; one that closes the sentence ("..., X said.")
or names a source ("according to X") also covers what comes before it, up to a clause
boundary ("; X said", ", while X said").
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from .claimant_phrase import is_ok, is_valid, phrase_after, subject_before, text_of, trim
from .claimant_sides import CountryOf, apposition_side, claimant_side, local_side, span_side
from .speakers import Speakers
from ..text.tokens import Token, capital_runs
from ..vocab import Vocab, vocab

__all__ = ["Attribution", "Raw", "find_attributions", "resolve", "choose", "claimant_side"]


@dataclass
class Attribution:
    claimant: str | None  # None: a speaker we cannot name (blocks pronoun resolution)
    modality: str  # claimed, denied, warned
    at: int  # token index of the attributing verb or phrase
    backward: bool = False  # "That's according to X": applies to the sentence before
    span: tuple[int, int] | None = None  # the claimant's tokens in its sentence
    source: bool = False  # named by "according to" / "citing"
    side: str | None = None  # ukraine, russia, other
    post: bool = True  # may cover what comes before it in its sentence
    indefinite: bool = False  # "an armed group said": a name the next sentences may give
    until: int | None = None  # the last token it covers after it ("in what X called ...,")


@dataclass
class Raw:
    """An attribution found in a sentence, before names are resolved."""

    start: int
    end: int
    modality: str
    at: int
    pronoun: str | None = None  # "he", "they": an earlier speaker
    unnamed: bool = False  # a subject we cannot name
    backward: bool = False
    source: bool = False
    post: bool = True
    ctx: int | None = None  # start of the words describing the claimant (apposition)
    mention: bool = False  # names a speaker without attributing anything
    owner: tuple[int, int] | None = None  # whose body it is: "Russia ... its defence ministry"
    until: int | None = None  # the last token it covers after it


def _post_capable(tokens: list[Token], e: int, v: Vocab) -> bool:
    """Does the speech verb ending at ``e`` close its clause ("..., the mayor said on
    Telegram.") rather than open reported content ("said that", "said 12 were")?"""
    for k in range(e, min(len(tokens), e + 12)):
        t = tokens[k]
        if t.lower in v.gram.content_openers or t.is_digit or t.lower in v.number_words:
            return False
        if t.lower in (",", ".", ";", ":", ")", '"', "'", "-", "!"):
            return True
    return True


def _speech(tokens: list[Token], v: Vocab, out: list[Raw], verbs: list) -> None:
    n = len(tokens)
    last_named = None
    for s, e, modality in verbs:
        low = tokens[s].lower
        if low == "according":
            continue
        if low in v.gram.adding_verbs and e < n and tokens[e].lower not in (",", ":", "that", "'", '"', ".", "in", "on"):
            continue  # "the Russians added two more groups": adding, not saying
        if e < n and tokens[e].lower == "to" and (low in v.gram.raising_verbs or s == 0
                                                   or tokens[s - 1].lower in v.gram.be_forms):
            continue  # "is said to be", "were reported to have": no speaker
        if any(t.lower in v.gram.life_words for t in tokens[e:e + 4]):
            continue  # "the strike claimed 20 lives": a toll
        if s > 0 and tokens[s - 1].lower in ("the", "a", "an", "this", "these", "its", "their", "'s"):
            continue  # "the alleged kidnapping": an adjective
        if low in v.gram.noun_verbs and (e >= n or tokens[e].lower in v.gram.noun_followers):
            continue  # "Russian claims of victory", "reports were denied": a noun
        post = _post_capable(tokens, e, v)
        if low.endswith("ing") and s > 0 and tokens[s - 1].lower == ",":
            prev = next((r for r in reversed(out) if r.at < s and not r.unnamed), None)
            out.append(replace(prev, at=s, modality=str(modality), post=False, backward=False, source=False,
                               mention=False) if prev else Raw(0, 0, str(modality), s, unnamed=True, post=False))
            continue  # "..., the mayor said, adding that ...": the same speaker; "..., accusing X": none named
        k = s - 1
        while k >= 0 and tokens[k].lower in v.gram.skip_before_verb:
            k -= 1
        if k >= 0 and tokens[k].lower in ("and", "but") and last_named is not None:
            out.append(Raw(last_named[0], last_named[1], str(modality), s, post=post, ctx=last_named[2]))
            continue  # "Moscow denied X and said Y": the same subject
        earlier = next((r for r in reversed(out) if r.at < s and not r.unnamed and not r.mention
                        and not r.source and r.start < r.at), None)
        if k >= 0 and tokens[k].lower in ("and", "but") and earlier is not None:
            out.append(replace(earlier, at=s, modality=str(modality), post=post, backward=False))
            continue  # "X put its losses at 12 tanks and said ...": the estimate's speaker
        subj = subject_before(tokens, s, v)
        if isinstance(subj, str):
            out.append(Raw(0, 0, str(modality), s, pronoun=subj, post=post))
            continue
        if subj and is_valid(tokens, subj[0], subj[1], v):
            out.append(Raw(subj[0], subj[1], str(modality), s, post=post, ctx=subj[2]))
            last_named = subj
            continue
        if s > 0 and tokens[s - 1].lower in (",", "'", '"') and post:
            ps, pe = phrase_after(tokens, e, v)
            if is_valid(tokens, ps, pe, v):
                out.append(Raw(ps, pe, str(modality), s))  # "..., said the governor"
                continue
        if subj is not None:  # a subject we cannot name: remember there was one
            out.append(Raw(0, 0, str(modality), s, unnamed=True, post=post))


def _mentions(tokens: list[Token], v: Vocab, out: list[Raw]) -> None:
    """"X has published its daily tally": X is a speaker for "It says ..." next."""
    verbs = v.gram.mention_verbs
    for k, t in enumerate(tokens):
        if k > 0 and t.lower in verbs:
            subj = subject_before(tokens, k, v)
            if subj and not isinstance(subj, str) and is_valid(tokens, subj[0], subj[1], v):
                out.append(Raw(subj[0], subj[1], "claimed", k, ctx=subj[2], mention=True))


def _passive(tokens: list[Token], v: Vocab, out: list[Raw], verbs: list) -> None:
    """"12 were reported killed by local officials", "deaths were confirmed by the ministry":
    a speech verb in the passive names its speaker after "by" (not a force: "killed by troops")."""
    be = v.gram.be_forms
    for s, e, modality in verbs:
        if s == 0 or tokens[s - 1].lower not in be:
            continue
        k = next((x for x in range(e, min(len(tokens), e + 3)) if tokens[x].lower == "by"), None)
        if k is None or k == e and any(r.source and r.at == s for r in out):
            continue  # "reported by X" is already a source phrase
        if any(not t.is_word or t.is_cap for t in tokens[e:k]):
            continue
        ps, pe = phrase_after(tokens, k + 1, v)
        if is_valid(tokens, ps, pe, v) and (k == e or not any(t.lower in v.force_nouns for t in tokens[ps:pe])):
            out.append(Raw(ps, pe, str(modality), s, source=True))  # "killed by troops": who killed


def _put_at(tokens: list[Token], v: Vocab, out: list[Raw]) -> None:
    """"A police source put the death toll at 40", "officials placed the number of dead at":
    the subject of the estimate is its speaker."""
    n = len(tokens)
    puts = v.gram.put_verbs
    for k in range(1, n - 3):
        if tokens[k].lower not in puts:
            continue
        noun = next((x for x in range(k + 1, min(n, k + 5)) if tokens[x].lower in v.gram.toll_nouns), None)
        if noun is None or not any(t.lower in ("at", "to") for t in tokens[noun + 1:noun + 8]):
            continue
        subj = subject_before(tokens, k, v)
        if isinstance(subj, str):
            out.append(Raw(0, 0, "claimed", k, pronoun=subj, post=False))
        elif subj and is_valid(tokens, subj[0], subj[1], v):
            out.append(Raw(subj[0], subj[1], "claimed", k, post=False, ctx=subj[2]))


def _what_called(tokens: list[Token], v: Vocab, out: list[Raw]) -> None:
    """"in what the army called a massive strike", "what its ministry described as": the
    speaker names the event, so the claim is theirs; "its"/"their" is the sentence's subject."""
    n = len(tokens)
    for k in range(n - 3):
        if tokens[k].lower != "what":
            continue
        j = k + 1 + (tokens[k + 1].lower in v.gram.possessive_pronouns)
        ps, pe = phrase_after(tokens, j, v)
        x = pe
        while x < n and tokens[x].lower in v.gram.skip_before_verb:
            x += 1
        if x >= n or tokens[x].lower not in v.gram.naming_verbs or not is_valid(tokens, ps, pe, v):
            continue
        own = None
        if j > k + 1:  # "its defence ministry" -> "Russia's defence ministry": a known actor before
            own = next(((a, b) for a, b in capital_runs(tokens[:k]) if v.actors.find_all(tokens[a:b])
                        and not tokens[a].text.isupper()), None)  # not a dateline ("KYIV, May 2 -")
        end = next((y for y in range(x, n) if tokens[y].lower in (",", ";")), n)
        out.append(Raw(ps, pe, "claimed", x, owner=own, until=end))  # what follows the name is not theirs


def _report_noun(tokens: list[Token], v: Vocab, out: list[Raw]) -> None:
    """"The U.S. military's assessment is that", "Russia's own last official figure was"."""
    n = len(tokens)
    if not any(t.lower in v.report_nouns for t in tokens):
        return
    for i in range(1, n - 1):
        low = tokens[i].lower
        lost = low.endswith("s") and low[:-1] in v.claimant_heads and i < 8  # "militarys": a lost apostrophe
        if low != "'s" and not lost:
            continue
        j = i + 1
        while j < n and j - i <= 3 and tokens[j].lower not in v.report_nouns and (
                tokens[j].lower in v.gram.report_modifiers or (tokens[j].is_word and not tokens[j].is_cap
                                                               and tokens[j].lower not in v.np_breakers)):
            j += 1
        if j >= n or tokens[j].lower not in v.report_nouns:
            continue
        end = i if low == "'s" else i + 1
        s = i
        while s > 0 and is_ok(tokens[s - 1], v):
            s -= 1
        s, e = trim(tokens, s, end, v)
        if is_valid(tokens, s, e, v):
            out.append(Raw(s, e, "claimed", j, ctx=s))
            return


def _skip_report_words(tokens: list[Token], k: int, v: Vocab) -> tuple[int, bool]:
    """After "according to": skip "the latest figures from" so the source that follows is
    the claimant; (index of the source, whether the report was "the same ..." one)."""
    j, same = k, False
    if j < len(tokens) and tokens[j].lower in ("the", "a", "an", "its", "their", "his", "her"):
        j += 1
    if j < len(tokens) and tokens[j].lower in ("same", "this", "that"):
        j, same = j + 1, True
    while j < len(tokens) and tokens[j].lower in v.gram.report_modifiers:
        j += 1
    if (j < len(tokens) and tokens[k].lower == "the" and tokens[j].lower in v.gram.statement_nouns
            and (j + 1 == len(tokens) or not tokens[j + 1].is_word)):
        return j + 1, True  # "according to the communiqué.": the statement named before, its issuer's
    if j < len(tokens) and tokens[j].lower in v.report_nouns:
        if same or tokens[k].lower in ("its", "their", "his", "her"):
            return j + 1, True
        if j + 1 < len(tokens) and tokens[j + 1].lower in ("from", "by", "of", "released", "published", "compiled"):
            step = 2 if tokens[j + 1].lower in ("from", "by", "of") else 3
            return j + step, False
    return k, False


def _sourceless(tokens: list[Token], e: int, v: Vocab) -> bool:
    """"According to preliminary data", "according to the latest figures": a source intro
    followed only by words of ``sourceless_words`` and ``sourceless_heads`` (grammar.yaml) up to the end of its phrase."""
    words = v.gram.sourceless_words | v.gram.sourceless_heads
    k = e
    while k < len(tokens) and tokens[k].is_word and tokens[k].lower in words and not tokens[k].is_cap:
        k += 1
    return k > e and tokens[k - 1].lower in v.gram.sourceless_heads and (k == len(tokens) or not tokens[k].is_word
                                                                       or tokens[k].lower in ("that", "which"))


def find_attributions(tokens: list[Token], v: Vocab | None = None) -> list[Raw]:
    """Raw attributions of a sentence, in the order their speakers are met."""
    v = v or vocab()
    out: list[Raw] = []
    n = len(tokens)
    backward_start = n > 2 and tokens[0].lower in v.gram.back_reference_starts
    for s, e, _ in v.source_intros.find_all(tokens):
        if tokens[s].lower == "per" and (s == 0 or not tokens[s - 1].lower == ","):
            continue
        e, same = _skip_report_words(tokens, e, v)
        if same:  # "according to the same report": its source, named before
            out.append(Raw(0, 0, "claimed", s, pronoun="it", source=True))
            continue
        if e < n and tokens[e].lower in v.pronouns and tokens[e].lower != "it":
            out.append(Raw(0, 0, "claimed", s, pronoun=tokens[e].lower, source=True))
            continue  # "according to him": the last named speaker
        ps, pe = phrase_after(tokens, e, v)
        if _sourceless(tokens, e, v):
            continue  # "according to preliminary data": no one is named, the document's own voice
        if is_valid(tokens, ps, pe, v):
            out.append(Raw(ps, pe, "claimed", s, backward=backward_start and s <= 4, source=True,
                           ctx=e if ps > e else None))  # "the administration head, Ivan Fedorov"
    _mentions(tokens, v, out)
    verbs = v.speech_verbs.find_all(tokens)
    _passive(tokens, v, out, verbs)
    _put_at(tokens, v, out)
    _speech(tokens, v, out, verbs)
    # headline label: "Police: ..."
    colon = next((i for i in range(min(n, 6)) if tokens[i].lower == ":"), None)
    if colon and colon + 1 < n and tokens[colon + 1].lower not in ("'", '"'):
        label = " ".join(t.lower for t in tokens[:colon])
        heading = all(t.text.isupper() for t in tokens[:colon] if t.is_word) and sum(
            len(t.text) for t in tokens[:colon] if t.is_word) > 5  # "BELGOROD REGION:", "AIR DEFENCE:"
        if not heading and label not in v.not_sources and tokens[0].lower not in v.locative_preps \
                and all(is_ok(t, v) for t in tokens[:colon]) \
                and is_valid(tokens, 0, colon, v) and not v.speech_verbs.find_all(tokens[:colon]):
            out.append(Raw(0, colon, "claimed", colon))
    else:
        long_label(tokens, v, out)
    _report_noun(tokens, v, out)
    _what_called(tokens, v, out)
    out.sort(key=lambda r: r.at)  # speakers are met in the order of the text
    return out


_LABEL_LINKS = frozenset({"of", "for", "in", "and", "the", "de", "al", "(", ")", ",", "-", "."})


def long_label(tokens: list[Token], v: Vocab, out: list[Raw]) -> None:
    """A bulletin's line labelled by a long name: "African Union Mission in Somalia (AUSSOM):
    troops repelled ...", "Somali Police Force, spokesman Abdifatah Hassan: a bomb ..."."""
    n = len(tokens)
    colon = next((i for i in range(min(n, 18)) if tokens[i].lower == ":"), None)
    if colon is None or colon < 2 or colon + 1 >= n or tokens[colon + 1].lower in ("'", '"'):
        return
    label = tokens[:colon]
    if not label[0].is_cap or tokens[0].lower in v.locative_preps or v.speech_verbs.find_all(label):
        return
    words = [t for t in label if t.is_word]
    if sum(t.is_cap for t in words) < 2 or all(t.text.isupper() for t in words):
        return  # a name, not a heading in capitals ("BELGOROD REGION:")
    if all(t.is_cap or t.lower in _LABEL_LINKS or t.lower in v.person_roles for t in label):
        out.append(Raw(0, colon, "claimed", colon))


def resolve(raw: Raw, tokens: list[Token], sent: int, speakers: Speakers, v: Vocab | None = None,
            country_of: CountryOf | None = None) -> Attribution:
    """Turn a raw attribution into a claimant name and side, updating the speaker history."""
    v = v or vocab()
    if raw.unnamed:
        speakers.add(sent, None, "person")
        return Attribution(None, raw.modality, raw.at, post=raw.post)
    if raw.pronoun is not None:
        kinds = {"person": ("person",), "plural": ("plural", "org"), "org": ("org", "plural")}
        name = speakers.last(sent, kinds.get(v.pronouns.get(raw.pronoun, "person"), ("person",)))
        return Attribution(name, raw.modality, raw.at, side=speakers.sides.get(name or ""), post=raw.post)
    s, e = raw.start, raw.end
    text = text_of(tokens, s, e)
    if raw.owner is not None:
        text = text_of(tokens, *raw.owner) + "'s " + text
    if text.endswith("s") and e - s >= 1 and tokens[e - 1].lower[:-1] in v.claimant_heads \
            and tokens[e - 1].lower not in v.claimant_heads:
        text = text[:-1]  # "militarys" -> "military"
    words = [t for t in tokens[s:e] if t.is_word]
    lowers = [t.lower for t in words]
    found = None
    if words and all(not t.is_cap or (k == 0 and not t.text.isupper()) for k, t in enumerate(words)) and \
            s > 0 and tokens[s - 1].lower == "the" and lowers[-1] in v.claimant_heads and len(words) <= 3:
        found = speakers.by_head(lowers[-1], sent, v)  # "the official said" -> the official named before
        text = found or text
    else:
        text = speakers.fullest(text)
    kind = speakers.kind_of(text, v)
    lo = min(s, raw.ctx if raw.ctx is not None else s)  # with its description: "The mayor of X, Y"
    side = claimant_side(text, v) or span_side(tokens, lo, e, v, country_of) \
        or apposition_side(tokens, e, raw.at, v, country_of) \
        or local_side(tokens, lo, e, v, country_of) or speakers.sides.get(text)
    speakers.add(sent, text, kind, side)
    indefinite = found is None and s > 0 and tokens[s - 1].lower in v.gram.indefinite_articles and kind != "person"
    span = (lo, raw.at - 1 if e < raw.at - 1 and tokens[e].lower == "," == tokens[raw.at - 1].lower else e)
    return Attribution(text, raw.modality, raw.at, raw.backward, span, raw.source, side, raw.post, indefinite,
                       raw.until)


def choose(attributions: list[Attribution], tokens: list[Token], anchor: int,
           v: Vocab | None = None) -> Attribution | None:
    """The attribution that covers the claim whose number or trigger is at ``anchor``.
    Those that reach it: one before it with no clause boundary between, or a closing one
    after it ("..., X said.", "according to X") with none between. Among them a named source
    ("X, citing Y, said": Y) first, else the nearest before, else the nearest after; when
    none reaches it, the nearest before it across a boundary ("X said ...; 12 more ...")."""
    v = v or vocab()
    named = [a for a in attributions if a.claimant]
    if not named:
        return None
    stops = [k for k, t in enumerate(tokens) if t.lower in v.gram.speech_boundaries]

    def bounded(lo: int, hi: int) -> bool:
        return any(lo <= k < hi for k in stops)

    if len(named) == 1:  # "A drone hit X; nobody was hurt, the council said": one closing speaker
        stops = [k for k in stops if tokens[k].lower not in v.gram.soft_boundaries]

    def reaches(a: Attribution) -> bool:
        lo, hi = a.span or (a.at, a.at + 1)
        if a.at <= anchor:
            return (a.until is None or anchor <= a.until) and not bounded(max(hi, a.at), anchor)
        return a.post and not bounded(anchor, min(lo, a.at))

    near = [a for a in named if reaches(a)]
    cited = [a for a in near if a.source]
    if cited:
        return min(cited, key=lambda a: abs(a.at - anchor))
    before = [a for a in near if a.at <= anchor]
    if before:
        return max(before, key=lambda a: a.at)
    after = [a for a in near if a.at > anchor]
    if after:
        return min(after, key=lambda a: a.at)
    far = [a for a in named if a.at <= anchor and (a.until is None or anchor <= a.until)]
    return max(far, key=lambda a: a.at) if far else None
