"""English sentence sentiment: a faster re-implementation of VADER 3.3.2.

Method and data: Hutto, C.J. & Gilbert, E.E. (2014), *VADER: A Parsimonious
Rule-based Model for Sentiment Analysis of Social Media Text*, ICWSM-14.
The lexicon (``vader_lexicon.txt``, 7,520 entries, MIT licence) and the emoji
descriptions are read from the installed ``vaderSentiment`` package (3.3.2);
nothing is copied into this repository.

The scorer reproduces ``SentimentIntensityAnalyzer.polarity_scores`` exactly,
quirks included (whitespace tokens stripped of punctuation unless that leaves
two or fewer characters, so ``"no,"`` stays ``"no,"``; the ``"but"`` rule
applied through ``list.index`` of the first equal value; the three-word
negation window; the ALL-CAPS differential; ``"kind of"``, ``"least"``,
``"never so/this"``, ``"without doubt"`` and the special-case idioms). It is
faster because it lower-cases the tokens once per sentence instead of once per
rule call, skips the character-by-character emoji pass when a sentence holds
no emoji, and only builds the idiom n-grams when one of their words is near.
With ``explain=True`` it also reports every lexicon term with its offsets, its
lexicon valence, its final valence and the rules applied.
"""
from __future__ import annotations

import codecs
import importlib.util
import math
import os
import re
import string
from functools import lru_cache
from itertools import chain, compress, repeat

import numpy as np

# constants of vaderSentiment 3.3.2 (vaderSentiment/vaderSentiment.py)
B_INCR = 0.293
B_DECR = -0.293
C_INCR = 0.733
N_SCALAR = -0.74
ALPHA = 15

NEGATE = frozenset([
    "aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt", "doesnt",
    "ain't", "aren't", "can't", "couldn't", "daren't", "didn't", "doesn't",
    "dont", "hadnt", "hasnt", "havent", "isnt", "mightnt", "mustnt", "neither",
    "don't", "hadn't", "hasn't", "haven't", "isn't", "mightn't", "mustn't",
    "neednt", "needn't", "never", "none", "nope", "nor", "not", "nothing", "nowhere",
    "oughtnt", "shant", "shouldnt", "uhuh", "wasnt", "werent",
    "oughtn't", "shan't", "shouldn't", "uh-uh", "wasn't", "weren't",
    "without", "wont", "wouldnt", "won't", "wouldn't", "rarely", "seldom", "despite"])

_INC = ["absolutely", "amazingly", "awfully", "completely", "considerable", "considerably", "decidedly",
        "deeply", "effing", "enormous", "enormously", "entirely", "especially", "exceptional",
        "exceptionally", "extreme", "extremely", "fabulously", "flipping", "flippin", "frackin", "fracking",
        "fricking", "frickin", "frigging", "friggin", "fully", "fuckin", "fucking", "fuggin", "fugging",
        "greatly", "hella", "highly", "hugely", "incredible", "incredibly", "intensely", "major", "majorly",
        "more", "most", "particularly", "purely", "quite", "really", "remarkably", "so", "substantially",
        "thoroughly", "total", "totally", "tremendous", "tremendously", "uber", "unbelievably", "unusually",
        "utter", "utterly", "very"]
_DEC = ["almost", "barely", "hardly", "just enough", "kind of", "kinda", "kindof", "kind-of", "less", "little",
        "marginal", "marginally", "occasional", "occasionally", "partly", "scarce", "scarcely", "slight",
        "slightly", "somewhat", "sort of", "sorta", "sortof", "sort-of"]
BOOSTER_DICT = {**{w: B_INCR for w in _INC}, **{w: B_DECR for w in _DEC}}

SPECIAL_CASES = {"the shit": 3, "the bomb": 3, "bad ass": 1.5, "badass": 1.5, "bus stop": 0.0,
                 "yeah right": -2, "kiss of death": -1.5, "to die for": 3, "beating heart": 3.5}
# words that can take part in a special case or a two-word booster: the n-grams are only built near one
_IDIOM_WORDS = frozenset(w for k in list(SPECIAL_CASES) + [k for k in BOOSTER_DICT if " " in k] for w in k.split())
_IDIOM_KEYS = tuple(k for k in list(SPECIAL_CASES) + list(BOOSTER_DICT) if " " in k)
# words that change the valence of a lexicon word up to three positions later
# ("or"/"nor" and "doubt" only act together with "no" and "without", which are listed)
_BACK_MODIFIERS = frozenset(set(BOOSTER_DICT) | NEGATE | {"no", "least", "never", "without", "so", "this"})
# consecutive word pairs inside the special-case idioms and two-word boosters
_IDIOM_PAIRS = frozenset((a, b) for k in _IDIOM_KEYS for a, b in zip(k.split(), k.split()[1:]))
_SENTINEL = "\x00\x01sentence-break\x01\x00"
_MARKS_RE = re.compile(r"[!?]")
_PUNCT = string.punctuation
_TOKEN = re.compile(r"\S+")

LEXICON_NAME = "VADER"


def _package_dir() -> str:
    spec = importlib.util.find_spec("vaderSentiment")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("the vaderSentiment package (3.3.2) is required for English sentiment")
    return list(spec.submodule_search_locations)[0]


def vader_version() -> str:
    """Version of the installed vaderSentiment package (e.g. ``"3.3.2"``)."""
    from importlib.metadata import PackageNotFoundError, version
    try:
        return version("vaderSentiment")
    except PackageNotFoundError:  # pragma: no cover
        return "unknown"


def _negated(word_lower: str) -> bool:
    return word_lower in NEGATE or "n't" in word_lower


def _is_back_modifier(lw: str, lexicon: dict) -> bool:
    """Can this lower-case token change a lexicon word up to three positions later?

    Only words outside the lexicon act as boosters or negations in VADER; 'no' acts either way.
    """
    return (lw in _BACK_MODIFIERS or "n't" in lw) and (lw == "no" or lw not in lexicon)


def _strip_punc_if_word(token: str) -> str:
    stripped = token.strip(_PUNCT)
    if len(stripped) <= 2:
        return token
    return stripped


def normalize(score: float, alpha: float = ALPHA) -> float:
    """VADER's normalisation ``x / sqrt(x*x + alpha)`` clipped to [-1, 1]."""
    norm = score / math.sqrt((score * score) + alpha)
    if norm < -1.0:
        return -1.0
    if norm > 1.0:
        return 1.0
    return norm


def punctuation_emphasis(text: str) -> float:
    """VADER's emphasis from '!' (0.292 each, at most 4) and '?' (0.18 each for 2-3, 0.96 for more)."""
    ep = min(text.count("!"), 4) * 0.292
    qm = text.count("?")
    qa = 0
    if qm > 1:
        qa = qm * 0.18 if qm <= 3 else 0.96
    return ep + qa


def but_check(lower: list[str], sentiments: list) -> list:
    """VADER's contrast rule, reproduced literally (including its ``list.index`` quirk)."""
    if "but" in lower:
        bi = lower.index("but")
        for sentiment in sentiments:
            si = sentiments.index(sentiment)
            if si < bi:
                sentiments.pop(si)
                sentiments.insert(si, sentiment * 0.5)
            elif si > bi:
                sentiments.pop(si)
                sentiments.insert(si, sentiment * 1.5)
    return sentiments


def scores_from_valences(sentiments: list, text: str) -> dict:
    """VADER's ``score_valence``: compound (4 decimals) and pos/neg/neu proportions (3 decimals)."""
    if not sentiments:
        return {"neg": 0.0, "neu": 0.0, "pos": 0.0, "compound": 0.0}
    nz = [x for x in sentiments if x != 0]
    sum_s = float(sum(nz))
    amp = punctuation_emphasis(text)
    if sum_s > 0:
        sum_s += amp
    elif sum_s < 0:
        sum_s -= amp
    compound = normalize(sum_s)
    pos_sum = 0.0
    neg_sum = 0.0
    neu_count = len(sentiments) - len(nz)
    for s in nz:
        if s > 0:
            pos_sum += (float(s) + 1)
        else:
            neg_sum += (float(s) - 1)
    if pos_sum > math.fabs(neg_sum):
        pos_sum += amp
    elif pos_sum < math.fabs(neg_sum):
        neg_sum -= amp
    total = pos_sum + math.fabs(neg_sum) + neu_count
    return {"neg": round(math.fabs(neg_sum / total), 3), "neu": round(math.fabs(neu_count / total), 3),
            "pos": round(math.fabs(pos_sum / total), 3), "compound": round(compound, 4)}


def _round(x: np.ndarray, digits: int) -> np.ndarray:
    """Python's ``round(value, digits)`` on every element.

    ``rint(x * 10**d) / 10**d`` equals Python's correctly rounded result except when
    ``x * 10**d`` lies next to a .5 tie, where the product's own rounding can decide;
    those few elements are rounded by Python.
    """
    scale = 10.0 ** digits
    y = x * scale
    out = np.rint(y) / scale
    near = np.flatnonzero(np.abs(np.abs(y - np.floor(y)) - 0.5) < 1e-6)
    for k in near.tolist():
        out[k] = round(float(x[k]), digits)
    return out


class _Memo(dict):
    """A dict that computes and remembers ``func(key)`` for missing keys (bounded)."""

    def __init__(self, func, limit: int = 500_000):
        super().__init__()
        self.func = func
        self.limit = limit

    def __missing__(self, key):
        value = self.func(key)
        if len(self) < self.limit:
            self[key] = value
        return value


_PAIR_FIRST = frozenset(a for a, _ in _IDIOM_PAIRS)
_PAIR_SECOND = frozenset(b for _, b in _IDIOM_PAIRS)


class _TokenCodes(dict):
    """Raw token -> ``2 * id(lower-case stripped token) + is_upper``, with per-id property arrays."""

    def __init__(self, lexicon):
        super().__init__()
        self.lexicon = lexicon
        self.vocab: dict[str, int] = {}
        self.props: dict[str, list] = {k: [] for k in
                                       ("hit", "lexval", "booster", "kind", "of", "mod", "this", "no", "but",
                                        "pair_first", "pair_second")}
        self._arrays = None

    def _id(self, lw):
        i = self.vocab.get(lw)
        if i is None:
            i = self.vocab[lw] = len(self.vocab)
            p = self.props
            p["hit"].append(lw in self.lexicon)
            p["lexval"].append(self.lexicon.get(lw, 0.0))
            p["booster"].append(lw in BOOSTER_DICT)
            p["kind"].append(lw == "kind")
            p["of"].append(lw == "of")
            # 'this' only acts right before a lexicon word ('this good' x1.25) or after 'never' (flagged itself)
            p["mod"].append(lw != "this" and _is_back_modifier(lw, self.lexicon))
            p["this"].append(lw == "this")
            p["no"].append(lw == "no")
            p["but"].append(lw == "but")
            p["pair_first"].append(lw in _PAIR_FIRST)
            p["pair_second"].append(lw in _PAIR_SECOND)
            self._arrays = None
        return i

    def __missing__(self, token):
        w = _strip_punc_if_word(token)
        code = 2 * self._id(w.lower()) + (1 if w.isupper() else 0)
        if len(self) < 1_000_000:
            self[token] = code
        return code

    def arrays(self) -> dict:
        if self._arrays is None:
            self._arrays = {k: np.asarray(v, dtype=np.float64 if k == "lexval" else bool)
                            for k, v in self.props.items()}
        return self._arrays


class VaderScorer:
    """VADER 3.3.2 with the lexicon of the installed package; see the module docstring.

    Attributes
    ----------
    lexicon : dict
        Lower-case token to mean valence (-4 to +4).
    name : str
        ``"VADER <version>"``, carried into result tables.
    """

    def __init__(self) -> None:
        d = _package_dir()
        with codecs.open(os.path.join(d, "vader_lexicon.txt"), encoding="utf-8") as f:
            raw = f.read()
        lex: dict[str, float] = {}
        for line in raw.rstrip("\n").split("\n"):
            if not line:
                continue
            word, measure = line.strip().split("\t")[0:2]
            lex[word] = float(measure)
        self.lexicon = lex
        with codecs.open(os.path.join(d, "emoji_utf8_lexicon.txt"), encoding="utf-8") as f:
            raw = f.read()
        emojis: dict[str, str] = {}
        for line in raw.rstrip("\n").split("\n"):
            emoji, desc = line.strip().split("\t")[0:2]
            emojis[emoji] = desc
        self.emojis = emojis
        self._emoji_chars = frozenset(k for k in emojis if len(k) == 1)
        self.name = f"{LEXICON_NAME} {vader_version()}"
        # raw token -> stripped token, -> lower-cased stripped token; lower-cased token -> can it
        # modify a lexicon word up to three positions later? (only words outside the lexicon act as
        # boosters or negations in VADER; 'no' acts either way)
        self._strip_cache = _Memo(_strip_punc_if_word)
        self._lower_cache = _Memo(lambda t: _strip_punc_if_word(t).lower())
        self._mod_cache = _Memo(lambda lw: _is_back_modifier(lw, self.lexicon))
        self._codes = _TokenCodes(self.lexicon)
        self._sep_code = self._codes[_SENTINEL]

    # -- text preparation -------------------------------------------------------------
    def _replace_emoji(self, text: str) -> str:
        if self._emoji_chars.isdisjoint(text):
            return text.strip()
        out = []
        prev_space = True
        for ch in text:
            if ch in self.emojis:
                if not prev_space:
                    out.append(" ")
                out.append(self.emojis[ch])
                prev_space = False
            else:
                out.append(ch)
                prev_space = ch == " "
        return "".join(out).strip()

    def tokens(self, text: str) -> tuple[str, list[str], list[tuple[int, int]] | None]:
        """VADER's tokens of ``text`` and their spans in ``text`` (``None`` when emoji were replaced)."""
        prepared = self._replace_emoji(text)
        words = []
        spans: list[tuple[int, int]] | None = []
        has_emoji = not self._emoji_chars.isdisjoint(text)
        shift = len(text) - len(text.lstrip()) if not has_emoji else 0
        for m in _TOKEN.finditer(prepared):
            tok = m.group()
            w = _strip_punc_if_word(tok)
            words.append(w)
            if not has_emoji:
                s = m.start() + (tok.find(w) if w is not tok else 0) + shift
                spans.append((s, s + len(w)))
        return prepared, words, (None if has_emoji else spans)

    # -- scoring ----------------------------------------------------------------------
    def valences(self, words: list[str], explain: list | None = None, lower: list[str] | None = None) -> list:
        """Per-token valences before the 'but' rule (VADER's ``sentiments`` list).

        With ``explain`` (a list), appends ``(index, lexicon_valence, rules)`` per lexicon token.
        """
        lex = self.lexicon
        if lower is None:
            lower = [w.lower() for w in words]
        n = len(words)
        sentiments: list = [0] * n
        hits = list(compress(range(n), map(lex.__contains__, lower)))
        if not hits:
            return sentiments
        n_caps = sum(map(str.isupper, words))
        is_cap_diff = 0 < n - n_caps < n
        mods = list(map(self._mod_cache.__getitem__, lower))
        joined = " ".join(lower)
        idioms_possible = any(k in joined for k in _IDIOM_KEYS)
        fast = explain is None
        for i in hits:
            lw = lower[i]
            if lw in BOOSTER_DICT or (lw == "kind" and i < n - 1 and lower[i + 1] == "of"):
                continue
            base = lex[lw]
            # fast path: no modifier in the three words before, no caps emphasis, no idiom: the lexicon valence
            if fast and lw != "no" and not idioms_possible and not (is_cap_diff and words[i].isupper()) \
                    and not any(mods[i - 3 if i > 3 else 0:i]):
                sentiments[i] = base
                continue
            rules = [] if explain is not None else None
            valence = self.valence_at(words, lower, i, is_cap_diff, idioms_possible, rules)
            if explain is not None:
                explain.append((i, base, rules))
            sentiments[i] = valence
        return sentiments

    def valence_at(self, words: list[str], lower: list[str], i: int, is_cap_diff: bool,
                   idioms_possible: bool = True, rules: list | None = None) -> float:
        """VADER's valence of the lexicon word ``words[i]`` after all rules except 'but'."""
        lex = self.lexicon
        n = len(words)
        lw = lower[i]
        base = lex[lw]
        valence = base
        if lw == "no" and i != n - 1 and lower[i + 1] in lex:
            valence = 0.0
            if rules is not None:
                rules.append("'no' before a lexicon word: valence 0")
        if (i > 0 and lower[i - 1] == "no") or (i > 1 and lower[i - 2] == "no") or \
                (i > 2 and lower[i - 3] == "no" and lower[i - 1] in ("or", "nor")):
            valence = base * N_SCALAR
            if rules is not None:
                rules.append("negated by 'no' (x-0.74)")
        if is_cap_diff and words[i].isupper():
            if valence > 0:
                valence += C_INCR
            else:
                valence -= C_INCR
            if rules is not None:
                rules.append("ALL CAPS (±0.733)")
        for start_i in range(3):
            if i > start_i:
                j = i - start_i - 1
                lj = lower[j]
                if lj in lex:
                    continue
                s = 0.0
                b = BOOSTER_DICT.get(lj)
                if b is not None:
                    s = b
                    if valence < 0:
                        s *= -1
                    if is_cap_diff and words[j].isupper():
                        if valence > 0:
                            s += C_INCR
                        else:
                            s -= C_INCR
                if start_i == 1 and s != 0:
                    s = s * 0.95
                if start_i == 2 and s != 0:
                    s = s * 0.9
                valence = valence + s
                if rules is not None and s != 0:
                    rules.append(f"{'boosted' if b > 0 else 'dampened'} by {words[j]!r} ({s:+.3f})")
                # negation check (vaderSentiment._negation_check)
                if start_i == 0:
                    if _negated(lj):
                        valence = valence * N_SCALAR
                        if rules is not None:
                            rules.append(f"negated by {words[j]!r} (x-0.74)")
                elif start_i == 1:
                    if lower[i - 2] == "never" and (lower[i - 1] == "so" or lower[i - 1] == "this"):
                        valence = valence * 1.25
                        if rules is not None:
                            rules.append("'never so/this' (x1.25)")
                    elif lower[i - 2] == "without" and lower[i - 1] == "doubt":
                        pass
                    elif _negated(lj):
                        valence = valence * N_SCALAR
                        if rules is not None:
                            rules.append(f"negated by {words[j]!r} (x-0.74)")
                else:
                    if lower[i - 3] == "never" and (lower[i - 2] == "so" or lower[i - 2] == "this") or \
                            (lower[i - 1] == "so" or lower[i - 1] == "this"):
                        valence = valence * 1.25
                        if rules is not None:
                            rules.append("'never so/this' (x1.25)")
                    elif lower[i - 3] == "without" and (lower[i - 2] == "doubt" or lower[i - 1] == "doubt"):
                        pass
                    elif _negated(lj):
                        valence = valence * N_SCALAR
                        if rules is not None:
                            rules.append(f"negated by {words[j]!r} (x-0.74)")
                    if idioms_possible:
                        valence = self._special_idioms(valence, lower, i, n, rules)
        # 'least' check
        if i > 1 and lower[i - 1] not in lex and lower[i - 1] == "least":
            if lower[i - 2] != "at" and lower[i - 2] != "very":
                valence = valence * N_SCALAR
                if rules is not None:
                    rules.append("negated by 'least' (x-0.74)")
        elif i > 0 and lower[i - 1] not in lex and lower[i - 1] == "least":
            valence = valence * N_SCALAR
            if rules is not None:
                rules.append("negated by 'least' (x-0.74)")
        return valence

    @staticmethod
    def _special_idioms(valence, lower, i, n, rules):
        lo = i - 3
        hi = min(n, i + 3)
        for k in range(lo, hi):
            if lower[k] in _IDIOM_WORDS:
                break
        else:
            return valence
        onezero = f"{lower[i - 1]} {lower[i]}"
        twoonezero = f"{lower[i - 2]} {lower[i - 1]} {lower[i]}"
        twoone = f"{lower[i - 2]} {lower[i - 1]}"
        threetwoone = f"{lower[i - 3]} {lower[i - 2]} {lower[i - 1]}"
        threetwo = f"{lower[i - 3]} {lower[i - 2]}"
        for seq in (onezero, twoonezero, twoone, threetwoone, threetwo):
            if seq in SPECIAL_CASES:
                valence = SPECIAL_CASES[seq]
                if rules is not None:
                    rules.append(f"idiom {seq!r} (valence {valence})")
                break
        if n - 1 > i:
            zeroone = f"{lower[i]} {lower[i + 1]}"
            if zeroone in SPECIAL_CASES:
                valence = SPECIAL_CASES[zeroone]
                if rules is not None:
                    rules.append(f"idiom {zeroone!r} (valence {valence})")
        if n - 1 > i + 1:
            zeroonetwo = f"{lower[i]} {lower[i + 1]} {lower[i + 2]}"
            if zeroonetwo in SPECIAL_CASES:
                valence = SPECIAL_CASES[zeroonetwo]
                if rules is not None:
                    rules.append(f"idiom {zeroonetwo!r} (valence {valence})")
        for ng in (threetwoone, threetwo, twoone):
            if ng in BOOSTER_DICT:
                valence = valence + BOOSTER_DICT[ng]
                if rules is not None:
                    rules.append(f"dampened by {ng!r} ({BOOSTER_DICT[ng]:+.3f})")
        return valence

    def polarity_scores(self, text: str) -> dict:
        """Same result as ``vaderSentiment``'s ``polarity_scores(text)``: keys neg, neu, pos, compound."""
        c, pos, neg, neu = self.score_many([text])[0].tolist()
        return {"neg": neg, "neu": neu, "pos": pos, "compound": c}

    def score_many(self, texts) -> np.ndarray:
        """Array of shape (n, 4): ``compound, pos, neg, neu`` per text, equal to ``polarity_scores``.

        Batch form: all texts are joined and tokenised at once, every token is mapped to an
        integer code (cached), and the rule triggers are found with numpy. Sentences where
        some lexicon word has a modifier (booster, negation, 'no', 'least', 'never so'),
        capital-letter emphasis, 'but' or a possible idiom nearby go through the full rules
        (:meth:`valences`); in the others every lexicon word keeps its lexicon valence and
        the sums are taken with numpy in token order, which gives the same floating-point
        sums as VADER's left-to-right ``sum``.
        """
        texts = [t if isinstance(t, str) else str(t) for t in texts]
        S = len(texts)
        if S == 0:
            return np.zeros((0, 4))
        prepared_all = texts
        disjoint = self._emoji_chars.isdisjoint
        emoji_rows = [i for i, t in enumerate(texts) if not t.isascii() and not disjoint(t)]
        if emoji_rows:
            prepared_all = list(texts)
            for i in emoji_rows:
                prepared_all[i] = self._replace_emoji(texts[i])
        sep = _SENTINEL
        big = None
        if any(sep in t for t in prepared_all):  # pragma: no cover - a text holding the sentinel itself
            toklists = [t.split() for t in prepared_all]
            lens = np.fromiter(map(len, toklists), dtype=np.int64, count=S)
            raw = list(chain.from_iterable(toklists))
            codes = np.fromiter(map(self._codes.__getitem__, raw), dtype=np.int64, count=len(raw))
            raw_start = np.concatenate(([0], np.cumsum(lens)[:-1])).tolist()
        else:
            big = f" {sep} ".join(prepared_all)
            raw = big.split()
            allcodes = np.fromiter(map(self._codes.__getitem__, raw), dtype=np.int64, count=len(raw))
            is_sep = allcodes == self._sep_code
            seps = np.flatnonzero(is_sep)
            bounds = np.concatenate(([-1], seps, [len(allcodes)]))
            lens = np.diff(bounds) - 1
            codes = allcodes[~is_sep]
            raw_start = (bounds[:-1] + 1).tolist()
            tl = np.fromiter(map(len, prepared_all), dtype=np.int64, count=S) + len(sep) + 2
            char_start = np.zeros(S, dtype=np.int64)
            np.cumsum(tl[:-1], out=char_start[1:])
        N = len(codes)
        upper = (codes & 1).astype(bool)
        ids = codes >> 1
        P = self._codes.arrays()
        starts = np.zeros(S, dtype=np.int64)
        np.cumsum(lens[:-1], out=starts[1:])
        sid = np.repeat(np.arange(S), lens)
        pos = np.arange(N, dtype=np.int64) - np.repeat(starts, lens)
        hit = P["hit"][ids]
        lexval = P["lexval"][ids]
        kind_of = np.zeros(N, dtype=bool)
        kind_of[:-1] = P["kind"][ids[:-1]] & P["of"][ids[1:]] & (sid[:-1] == sid[1:])
        scored = hit & ~P["booster"][ids] & ~kind_of
        mod = P["mod"][ids]
        win = np.zeros(N, dtype=bool)
        for k in (1, 2, 3):
            win[k:] |= mod[:-k] & (pos[k:] >= k)
        win[1:] |= P["this"][ids[:-1]] & (pos[1:] >= 1)
        pair = np.zeros(N, dtype=bool)
        pair[1:] = P["pair_first"][ids[:-1]] & P["pair_second"][ids[1:]]
        is_but = P["but"][ids]
        # tokens whose valence needs the full rules; sentences with a possible idiom: all their words
        idiom_sent = np.bincount(sid[pair], minlength=S) > 0
        slow_tok = scored & (win | upper | P["no"][ids] | idiom_sent[sid])
        val = np.where(scored, lexval, 0.0)
        n_caps = np.bincount(sid[upper], minlength=S)
        strip = self._strip_cache
        lower_get = self._lower_cache.__getitem__
        slow_idx = np.flatnonzero(slow_tok)
        if len(slow_idx):
            slow_sid = sid[slow_idx].tolist()
            slow_pos = pos[slow_idx].tolist()
            cur = -1
            for g, r, i in zip(slow_idx.tolist(), slow_sid, slow_pos):
                if r != cur:
                    cur = r
                    n = int(lens[r])
                    toks = raw[raw_start[r]:raw_start[r] + n]
                    words = list(map(strip.__getitem__, toks))
                    lower = list(map(lower_get, toks))
                    nc = int(n_caps[r])
                    is_cap_diff = 0 < n - nc < n
                    idioms = bool(idiom_sent[r])
                val[g] = self.valence_at(words, lower, i, is_cap_diff, idioms)
        # the 'but' rule, literally, on the sentences holding 'but'
        for r in np.unique(sid[is_but]).tolist():
            b0 = int(starts[r])
            n = int(lens[r])
            toks = raw[raw_start[r]:raw_start[r] + n]
            lower = list(map(lower_get, toks))
            sentiments = [0 if x == 0 else x for x in val[b0:b0 + n].tolist()]
            val[b0:b0 + n] = but_check(lower, sentiments)
        # sums in token order (np.bincount adds sequentially, as VADER's sum does)
        nz = val != 0
        v = val[nz]
        s_id = sid[nz]
        sum_s = np.bincount(s_id, weights=v, minlength=S)
        posm = v > 0
        pos_sum = np.bincount(s_id[posm], weights=v[posm] + 1, minlength=S)
        neg_sum = np.bincount(s_id[~posm], weights=v[~posm] - 1, minlength=S)
        n_nz = np.bincount(s_id, minlength=S)
        # punctuation emphasis: '!' and '?' counted per text
        if big is not None:
            marks = [m.start() for m in _MARKS_RE.finditer(big)]
            if marks:
                mpos = np.asarray(marks, dtype=np.int64)
                owner = np.searchsorted(char_start, mpos, side="right") - 1
                is_ep = np.frombuffer(big.encode("utf-32-le"), dtype=np.uint32)[mpos] == ord("!")
                ep_n = np.bincount(owner[is_ep], minlength=S)
                qm_n = np.bincount(owner[~is_ep], minlength=S)
            else:
                ep_n = qm_n = np.zeros(S, dtype=np.int64)
        else:
            ep_n = np.fromiter((t.count("!") for t in prepared_all), dtype=np.int64, count=S)
            qm_n = np.fromiter((t.count("?") for t in prepared_all), dtype=np.int64, count=S)
        ep = np.minimum(ep_n, 4) * 0.292
        qa = np.where(qm_n <= 1, 0.0, np.where(qm_n <= 3, qm_n * 0.18, 0.96))
        amp = ep + qa
        ssum = np.where(sum_s > 0, sum_s + amp, np.where(sum_s < 0, sum_s - amp, sum_s))
        compound = np.clip(ssum / np.sqrt(ssum * ssum + 15), -1.0, 1.0)
        ans = np.fabs(neg_sum)
        ps2 = np.where(pos_sum > ans, pos_sum + amp, pos_sum)
        ns2 = np.where(pos_sum < ans, neg_sum - amp, neg_sum)
        neu = (lens - n_nz).astype(np.float64)
        total = ps2 + np.fabs(ns2) + neu
        total[lens == 0] = 1.0
        out = np.column_stack([_round(compound, 4), _round(np.fabs(ps2 / total), 3),
                               _round(np.fabs(ns2 / total), 3), _round(np.fabs(neu / total), 3)])
        out[lens == 0] = 0.0
        return out

    def explain(self, text: str) -> tuple[dict, list[dict]]:
        """Scores of ``text`` plus one dict per lexicon term.

        Each term dict has ``term, start, end`` (offsets into ``text``, ``None`` when the
        sentence held emoji), ``lexicon_weight`` (VADER valence, -4..4), ``weight`` (its
        valence after all rules, the amount added to the sum) and ``rules`` (list of str).
        """
        prepared, words, spans = self.tokens(text)
        info: list = []
        sentiments = self.valences(words, info)
        before = list(sentiments)
        sentiments = but_check([w.lower() for w in words], sentiments)
        terms = []
        for i, base, rules in info:
            w = sentiments[i]
            if before[i] != w and before[i] != 0:
                rules = rules + [f"'but' rule (x{w / before[i]:.2g})"]
            terms.append({"index": i, "term": words[i],
                          "start": spans[i][0] if spans else None, "end": spans[i][1] if spans else None,
                          "lexicon_weight": base, "weight": float(w), "rules": rules})
        return scores_from_valences(sentiments, prepared), terms, sentiments, prepared


@lru_cache(maxsize=1)
def vader_scorer() -> VaderScorer:
    """The shared :class:`VaderScorer` (the lexicon is read once)."""
    return VaderScorer()
