#include "extract/decomposer.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <deque>
#include <map>
#include <span>
#include <string_view>
#include <unordered_set>

#include <boost/container/small_vector.hpp>

#include "extract/english_lexicon.h"

namespace claimcheck {

namespace {

using namespace english;

// ---------------------------------------------------------------- tokens --

struct Token {
  std::string_view text;  // as written, possessive suffix included
  std::size_t begin = 0;  // byte offsets in the sentence
  std::size_t end = 0;
  // Lower-cased, possessive suffix removed; points into the decomposer's
  // lowered copy of the sentence (a string_view compares with a literal
  // inline, where std::string calls strlen and compare).
  std::string_view lower;
  bool word = false;       // letters or digits
  bool capitalised = false;
  bool possessive = false;  // "Korea's", "Korea’s", "countries'"
  std::uint8_t judgement_cue = 0;  // a JudgementCue: a modal or copula emit() looks at
  WordInfo info;            // word classes and verb form of `lower`, looked up once
};

// UTF-8 punctuation that never belongs to a word: curly quotes, dashes,
// ellipsis. Returns its length in bytes, 0 if `s` does not start with one.
std::size_t punctuation_length(std::string_view s) {
  if (s.size() >= 3 && static_cast<unsigned char>(s[0]) == 0xE2 &&
      static_cast<unsigned char>(s[1]) == 0x80) {
    const unsigned char c = static_cast<unsigned char>(s[2]);
    if (c == 0x9C || c == 0x9D || c == 0x98 || c == 0x93 || c == 0x94 || c == 0xA6) return 3;
  }
  return 0;
}

// A currency sign written before an amount: "$", "£", "€".
bool is_currency_sign(std::string_view token) {
  return token == "$" || token == "\xC2\xA3" || token == "\xE2\x82\xAC";
}

// "his", "her", "their": whose relative or role follows ("his mother").
bool is_personal_possessive(std::string_view lower) {
  return lower == "his" || lower == "her" || lower == "their";
}

// A double quotation mark: straight, opening or closing curly.
bool is_quotation_mark(std::string_view token) {
  return token == "\"" || token == "\xE2\x80\x9C" || token == "\xE2\x80\x9D";
}

// Whether the words after `token` stand inside quotation marks, given
// whether those before it did: a straight mark toggles, curly ones open
// and close.
bool quoted_after(bool quoted, std::string_view token) {
  if (token == "\"") return !quoted;
  if (token == "\xE2\x80\x9C") return true;
  if (token == "\xE2\x80\x9D") return false;
  return quoted;
}

bool is_right_single_quote(std::string_view s, std::size_t i) {
  return s.size() >= i + 3 && static_cast<unsigned char>(s[i]) == 0xE2 &&
         static_cast<unsigned char>(s[i + 1]) == 0x80 && static_cast<unsigned char>(s[i + 2]) == 0x99;
}

// ASCII classes without the C locale's function calls: the tokenizer runs
// over every byte of the document.
inline bool is_ascii_digit(unsigned char c) { return c >= '0' && c <= '9'; }
inline bool is_ascii_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
inline bool is_ascii_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
inline bool all_digits(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return is_ascii_digit(static_cast<unsigned char>(c)); });
}
// A year of the last two millennia as written: "1853", "2021".
inline bool is_year(std::string_view s) { return s.size() == 4 && all_digits(s) && (s[0] == '1' || s[0] == '2'); }
// A word that negates the verb near it: "not", "never", "cannot", "don't",
// "didn’t".
inline bool is_negation(std::string_view lower) {
  return lower == "not" || lower == "never" || lower == "cannot" || lower.ends_with("n't") ||
         lower.ends_with("n\xE2\x80\x99t");
}
inline char ascii_lower(char c) { return is_ascii_upper(static_cast<unsigned char>(c)) ? static_cast<char>(c + 32) : c; }
bool is_word_byte(unsigned char c) {
  return is_ascii_digit(c) || is_ascii_upper(c) || (c >= 'a' && c <= 'z') || c >= 0x80;
}

// Whether `text` holds `lower` as a whole word, ignoring ASCII case:
// "schottenstein" in "Artscroll/Mesorah Publications Schottenstein Edition".
bool contains_word_folded(std::string_view text, std::string_view lower) {
  if (lower.empty()) return false;
  for (std::size_t at = 0; at + lower.size() <= text.size(); ++at) {
    if (at > 0 && is_word_byte(static_cast<unsigned char>(text[at - 1]))) continue;
    const std::size_t after = at + lower.size();
    if (after < text.size() && is_word_byte(static_cast<unsigned char>(text[after]))) continue;
    bool same = true;
    for (std::size_t k = 0; k < lower.size() && same; ++k) same = ascii_lower(text[at + k]) == lower[k];
    if (same) return true;
  }
  return false;
}

// The words that can make a claim a judgement or a forecast in emit(), by
// the part each plays there. emit() reads only the role, never the word, so
// this table is the one list of them. Looked up once per token, so emit()
// skips every other word without comparing it.
enum class JudgementCue : std::uint8_t {
  none,
  obligation,   // "should": a recommendation
  possibility,  // "could": a forecast
  may,          // a forecast, unless capitalised: then it may be the month
  outlook,      // "expected" + "to": a forecast (unless after "was")
  copula,       // "is" + evaluation: a judgement
  remain,       // a copula that also makes "remains to be seen"
};

struct CueWord {
  std::string_view word;
  JudgementCue role;
};

constexpr CueWord kJudgementCues[] = {
    {"should", JudgementCue::obligation},  {"ought", JudgementCue::obligation},
    {"must", JudgementCue::obligation},    {"could", JudgementCue::possibility},
    {"might", JudgementCue::possibility},  {"may", JudgementCue::may},
    {"expected", JudgementCue::outlook},   {"likely", JudgementCue::outlook},
    {"unlikely", JudgementCue::outlook},   {"poised", JudgementCue::outlook},
    {"forecast", JudgementCue::outlook},   {"projected", JudgementCue::outlook},
    {"set", JudgementCue::outlook},        {"remains", JudgementCue::remain},
    {"remain", JudgementCue::remain},      {"remained", JudgementCue::copula},
    {"is", JudgementCue::copula},          {"are", JudgementCue::copula},
    {"was", JudgementCue::copula},         {"seems", JudgementCue::copula},
    {"looks", JudgementCue::copula}};

// A hash that gives each cue its own slot of 128 (checked when the table is
// built), so a word is compared with at most one cue.
constexpr std::size_t cue_slot(std::string_view w) {
  return (w.size() * 8 + static_cast<unsigned char>(w.front()) + 3 * static_cast<unsigned char>(w.back())) % 128;
}

JudgementCue judgement_cue(std::string_view w) {
  struct Table {
    CueWord slots[128] = {};
    constexpr Table() {
      for (const CueWord& cue : kJudgementCues) {
        if (!slots[cue_slot(cue.word)].word.empty()) throw "two judgement cues share a slot";
        slots[cue_slot(cue.word)] = cue;
      }
    }
  };
  static constexpr Table table;
  if (w.empty()) return JudgementCue::none;
  const CueWord& slot = table.slots[cue_slot(w)];
  return slot.word == w ? slot.role : JudgementCue::none;
}

// `lowered` receives the lower-cased words; the tokens' `lower` point into
// it, so it must outlive them and is sized once, never reallocated.
// `tokens` is cleared and refilled: the decomposer reuses both buffers from
// sentence to sentence.
void tokenize(std::string_view s, std::string& lowered, std::vector<Token>& tokens) {
  lowered.assign(s.size(), '\0');
  tokens.clear();
  std::size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (is_ascii_space(c)) {
      ++i;
      continue;
    }
    Token token;
    token.begin = i;
    const std::size_t punct = punctuation_length(s.substr(i));
    if (punct == 0 && is_right_single_quote(s, i)) {
      i += 3;  // a closing single quote standing alone
    } else if (punct > 0) {
      i += punct;
    } else if (!is_word_byte(c)) {
      ++i;
    } else {
      token.word = true;
      while (i < s.size()) {
        const unsigned char d = static_cast<unsigned char>(s[i]);
        // ASCII letters and digits are most of the bytes, and none of the
        // checks below (all for bytes from 0xE2 or punctuation) applies.
        if (d < 0x80 && is_word_byte(d)) {
          ++i;
          continue;
        }
        if (is_right_single_quote(s, i) && i + 3 < s.size() &&
            is_word_byte(static_cast<unsigned char>(s[i + 3]))) {
          i += 3;  // "Korea’s", "don’t"
          continue;
        }
        if (punctuation_length(s.substr(i)) > 0) break;
        if (is_word_byte(d)) {
          ++i;
          continue;
        }
        // Joiners inside a word: "Jong-un", "3.5", "3,000", "U.S.", "don't".
        const bool next_is_word = i + 1 < s.size() && is_word_byte(static_cast<unsigned char>(s[i + 1]));
        if ((d == '-' || d == '\'' || d == '.' || d == '/' || d == '&') && next_is_word) {
          ++i;
          continue;
        }
        if (d == ',' && next_is_word && i > token.begin &&
            is_ascii_digit(static_cast<unsigned char>(s[i - 1])) &&
            is_ascii_digit(static_cast<unsigned char>(s[i + 1]))) {
          ++i;
          continue;
        }
        // A final period of an abbreviation with inner periods: "U.S."
        if (d == '.' && s.substr(token.begin, i - token.begin).find('.') != std::string_view::npos &&
            i - token.begin <= 6) {
          ++i;
        }
        // A middle initial: "William O. Douglas", "J. K. Rowling". The
        // splitter has already decided this period ends no sentence, so a
        // capital letter, its period and a capitalised word are a name.
        if (d == '.' && i == token.begin + 1 && is_ascii_upper(static_cast<unsigned char>(s[token.begin])) &&
            i + 2 < s.size() && s[i + 1] == ' ' && is_ascii_upper(static_cast<unsigned char>(s[i + 2]))) {
          ++i;
        }
        break;
      }
    }
    token.end = i;
    token.text = s.substr(token.begin, token.end - token.begin);
    if (token.word) {
      token.capitalised = is_ascii_upper(static_cast<unsigned char>(token.text.front()));
      char* const lower_begin = lowered.data() + token.begin;
      std::transform(token.text.begin(), token.text.end(), lower_begin, ascii_lower);
      std::string_view lower(lower_begin, token.text.size());
      // Possessives: "Korea's" is the word "Korea" plus "'s".
      if (lower.size() > 2 && lower.ends_with("'s")) {
        lower.remove_suffix(2);
        token.possessive = true;
      } else if (lower.size() > 4 && lower.ends_with("\xE2\x80\x99s")) {
        lower.remove_suffix(4);
        token.possessive = true;
      }
      token.lower = lower;
      token.info = word_info(token.lower);
      // "I've", "we're", "they'd": a pronoun with a verb attached is still
      // the pronoun, never a capitalised word that may be a name.
      // (At most "they’re", nine bytes: longer words are looked at no further.)
      if (token.info.classes == 0 && lower.size() <= 9) {
        const std::size_t apostrophe = lower.find_first_of("'\xE2");
        if (apostrophe != std::string_view::npos && apostrophe > 0) {
          const WordInfo stem = word_info(lower.substr(0, apostrophe));
          if ((stem.classes & k_is_pronoun) != 0) token.info.classes = stem.classes;
        }
      }
      token.judgement_cue = static_cast<std::uint8_t>(judgement_cue(token.lower));
    } else {
      token.lower = token.text;
    }
    tokens.push_back(std::move(token));
  }
  // "countries'" - a plural possessive: the apostrophe came out as its own token.
  for (std::size_t k = 1; k < tokens.size(); ++k) {
    if (tokens[k].text == "'" && tokens[k - 1].word && tokens[k - 1].end == tokens[k].begin &&
        tokens[k - 1].lower.ends_with("s")) {
      tokens[k - 1].possessive = true;
    }
  }
}

// The lexicon's questions, asked of a token: answered from its cached info.
bool is_auxiliary(const Token& t) { return (t.info.classes & k_is_auxiliary) != 0; }
bool is_determiner(const Token& t) { return (t.info.classes & k_is_determiner) != 0; }
bool is_preposition(const Token& t) { return (t.info.classes & k_is_preposition) != 0; }
bool is_pronoun(const Token& t) { return (t.info.classes & k_is_pronoun) != 0; }
bool is_adverb_of_degree_or_time(const Token& t) { return (t.info.classes & k_is_adverb_of_degree_or_time) != 0; }
bool is_discourse_marker(const Token& t) { return (t.info.classes & k_is_discourse_marker) != 0; }
bool opens_frame(const Token& t) { return (t.info.classes & k_opens_frame) != 0; }
bool opens_concession(const Token& t) { return (t.info.classes & k_opens_concession) != 0; }
bool is_attribution_verb(const Token& t) { return (t.info.classes & k_is_attribution_verb) != 0; }
bool is_hedge(const Token& t) { return (t.info.classes & k_is_hedge) != 0; }
bool is_collective_predicate(const Token& t) { return (t.info.classes & k_is_collective_predicate) != 0; }
bool is_title(const Token& t) { return (t.info.classes & k_is_title) != 0; }
bool is_vague_source(const Token& t) { return (t.info.classes & k_is_vague_source) != 0; }
bool is_evaluative(const Token& t) { return (t.info.classes & k_is_evaluative) != 0; }
VerbForm verb_form(const Token& t) { return t.info.form; }
using english::is_auxiliary;
using english::is_determiner;
using english::is_preposition;
using english::is_pronoun;
using english::is_adverb_of_degree_or_time;
using english::is_discourse_marker;
using english::opens_frame;
using english::opens_concession;
using english::is_attribution_verb;
using english::is_inference_verb;
using english::is_hedge;
using english::is_collective_predicate;
using english::is_title;
using english::is_vague_source;
using english::is_evaluative;
using english::verb_form;

// Whether a token has one of the lexicon's narrower word kinds.
bool has_kind(const Token& t, WordKind kind) { return (t.info.kinds & kind) != 0; }
using english::has_kind;

// --------------------------------------------------------------- phrases --

// One element of a claim: a token of the sentence, or text from elsewhere
// (an antecedent, with its document bytes) or an added function word.
// Words a claim takes from elsewhere: an antecedent with its document
// bytes, or an added function word (no bytes).
struct Added {
  std::string text;
  std::vector<Span> spans;
};

// A slot is small and trivially copyable: phrases are copied and spliced
// often, and a slot that owned its text made every copy allocate.
struct Slot {
  int token = -1;
  const Added* added = nullptr;  // when token < 0; owned by the sentence's AddedWords
  bool attach_left = false;      // no space before ("'s")
  bool possessive = false;       // the entity is followed by "'s" in this use
  std::string_view text() const { return added ? std::string_view(added->text) : std::string_view(); }
  std::span<const Span> spans() const { return added ? std::span<const Span>(added->spans) : std::span<const Span>(); }
};
// Token indices of a clause or phrase, and the slots of a phrase. Most
// sentences have fewer than 32 tokens, and the decomposer builds several of
// each per clause: kept inline, they cost no allocation. (Unlike a
// std::vector's, their elements move when they do: nothing may point into
// one that is moved.)
using Indices = boost::container::small_vector<int, 32>;
using Phrase = boost::container::small_vector<Slot, 16>;

// Owns the added words of one sentence's phrases; addresses stay stable.
class AddedWords {
 public:
  Slot slot(std::string text, std::vector<Span> spans = {}) {
    store_.push_back(std::make_unique<Added>(Added{std::move(text), std::move(spans)}));
    Slot slot;
    slot.added = store_.back().get();
    return slot;
  }

 private:
  // Most sentences add no word: an empty vector costs nothing, where a
  // std::deque allocates on construction.
  std::vector<std::unique_ptr<Added>> store_;
};

// An entity the document named: its words as they read, without a
// possessive suffix, and the document bytes they came from.
struct Entity {
  std::string text;
  std::vector<Span> spans;
  bool person = false;
  bool organisation = false;  // its name ends like a firm's: "Harbor Foods", "Lindqvist Group"
  // What its name shows it to be (NameKind bits), read from its words once,
  // when a sentence's subject is remembered; 0 for other entities.
  std::uint8_t kinds = 0;
  // Whether a later "the <its last noun>" may stand for it. A description
  // that may not still counts when the rules ask whether the document
  // described only one thing with that noun.
  bool referable = true;
  // A name the document wrote without an article ("Halvard Bank said"): a
  // later "the bank" stands for it as written, not as "the Halvard Bank".
  bool bare_name = false;
  friend bool operator==(const Entity& a, const Entity& b) { return a.text == b.text; }
};

struct Pair {
  Entity first, second;
  bool persons = false;
  // The two took part in one event ("A met B"): a later reference to them
  // ("the two leaders") is about that event and shares its time frame.
  bool event = false;
};

// A run of capitalised words that may be a name: token indices, inclusive;
// `person` when a title stood before or inside it.
// A side claim of a clause: a relative clause, an appositive, a
// participial clause, an "up from" pair or a trailing concession, cut out
// of the main clause and told as a claim of its own about `subject`.
struct Side {
  Phrase subject;
  Indices rest;        // tokens after the subject
  std::string copula;  // added between subject and rest, if any (" ": none, `rest` has its verb)
  Phrase tail;         // added after rest: "in Gothenburg" for a where-clause
  // A participial clause elaborates its main clause: when that is a
  // judgement, so is the elaboration ("a complex one, characterized by
  // both cooperation and rivalry").
  bool elaborates_main = false;
  bool own_clause = false;  // `rest` is a clause with its own subject
  // Told in the simple past: the participle that opens `rest` becomes its
  // simple past in place of the copula ("aligned with X, forming a common
  // front" -> "formed a common front"), when the lexicon knows it.
  bool simple_past = false;
};

struct NameRun {
  std::size_t first, last;
  bool person;
};

struct SentenceMemory {
  std::size_t number = 0;
  std::vector<Pair> pairs;
  std::optional<Entity> subject;  // the first claim's subject when it is one entity
  // The first claim's subject when it is a definite noun phrase or a name
  // (for "its" at the start of the next sentence).
  std::optional<Entity> subject_phrase;
  bool subject_reported = false;  // subject_phrase is the subject of what someone reported
  std::optional<Added> frame;     // the sentence's fronted frame, as it reads
  // The one name of two words or more in the sentence, when the sentence
  // shows it to be a person: followed by "she"/"her" (gender 'f') or
  // "he"/"his"/"him" ('m'), or given a title ('?').
  std::optional<Entity> person;
  char person_gender = '?';
  // The one year the sentence names ("in 2016"), for a later "since then".
  std::optional<Added> year;
  // The name of two words or more that opens the sentence (after a title
  // at most), when it looks like a person's ("Graham Tolland, 52,
  // appeared ..."; not "University of Paris"): who a sentence-initial "He"
  // or "She" in the next sentence most likely is.
  std::optional<Entity> opening_name;
  // The sentence went on to describe another named thing after its
  // subject ("The firm made its name with the Carrow Viaduct, completed in
  // 1869, which carried ..."): a next sentence's "Its" may mean either.
  bool second_topic = false;
  // The sentence's first named source of a report (first_speaker_).
  std::optional<Entity> speaker;
};

}  // namespace

struct Decomposer::State {
  std::size_t sentence_number = 0;
  std::deque<SentenceMemory> recent;  // the last few sentences, oldest first
  // Descriptive mentions by head noun, over the whole document so far:
  // "plant" -> "chip plant near Ostrava". A later "the plant" or "this
  // plant" names the same thing when the document described only one.
  std::map<std::string, std::vector<Entity>, std::less<>> described;
  // Names by the common noun they end in, over the whole document so far:
  // "canal" -> "Saltmarsh Canal" (a subset of `described`, names only).
  std::map<std::string, std::vector<Entity>, std::less<>> named;
  // People the document named in full and showed to be people, by surname
  // as written: "Tolland" -> "Graham Tolland". A later "Tolland denies ..."
  // names the person in full when only one person had that surname.
  struct KnownPerson {
    Entity name;
    std::size_t last_seen = 0;  // sentence number of the last mention
  };
  std::map<std::string, std::vector<KnownPerson>, std::less<>> people;
  // Every name of two words or more, person or not, by its last word: the
  // full names a surname shown to be a person's later may stand for.
  std::map<std::string, std::vector<Entity>, std::less<>> full_names;
  std::string name_buffer;  // scratch: a name's words joined
  // Words the document has written capitalised inside a sentence, lower-
  // cased: names, as a capital at a sentence's start may not be ("Revenue
  // rose 8 percent").
  struct TransparentHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_set<std::string, TransparentHash, std::equal_to<>> capitalised_inside;
  // Names of two words or more that are no person's, by their first word
  // as written: "Redcliffe" -> "Redcliffe Capital". A later "Redcliffe"
  // alone is that name when the document gave only one such name and had
  // not used the word alone before it. An empty list: the word is taken
  // (a name of its own, or the first word of several names).
  std::map<std::string, std::vector<Entity>, std::less<>> short_names;
  // One bit per first byte (modulo 64) of the words short_names holds a
  // name for: most capitalised words are looked up no further.
  std::uint64_t short_name_bytes = 0;
  // Scratch space of the sentence being decomposed, kept to reuse its
  // capacity: tokens point into the lowered copy.
  std::vector<Token> token_buffer;
  std::string lowered_buffer;
};

namespace {

constexpr std::size_t kMemorySentences = 8;
// The nouns a later "the <noun>" may use for a name that ends in them.
constexpr std::uint64_t kNamedThingHead = k_named_thing_noun | k_institution_noun | k_organisation_noun |
                                          k_business_noun | k_organisation_head | k_place_name_end |
                                          k_document_noun | k_party_name_end | k_firm_name_end;
// How many sentences a surname alone keeps pointing to a full name.
constexpr std::size_t kSurnameMemorySentences = 40;

template <std::size_t N>
bool in_list(std::string_view w, const std::string_view (&list)[N]) {
  return std::find_if(std::begin(list), std::end(list), [&](std::string_view x) { return w == x; }) != std::end(list);
}

// The last word of a firm's or a party's name: "Harbor Foods", "the Green
// Alliance".
bool ends_organisation_name(std::string_view lower) {
  return (word_info(lower).kinds & (k_firm_name_end | k_party_name_end)) != 0;
}


// What a name shows a remembered entity to be, for the references that may
// stand for it: "the firm" is no country and no party, "the government" is
// a country's, no reference of that kind is a named place.
enum NameKind : std::uint8_t {
  k_country = 1,  // "Iran", "the Netherlands"
  k_party = 2,    // "the Social Democrats", "the Green Alliance"
  k_place = 4,    // "the Great Barrier Reef"
  k_titled_person = 8,  // "Mr Patel", "Dr. Amara Osei"
};


// Whether "its" may mean the named entity: a body, firm, country or place
// ("the National Bank of Marvonia", "Harbor Foods", "Iran"), not a person.
bool can_own_its(const Entity& entity);

std::uint8_t name_kinds(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) c = ascii_lower(c);
  const std::string_view bare = std::string_view(lower).substr(lower.starts_with("the ") ? 4 : 0);
  const std::size_t space = bare.rfind(' ');
  const std::string_view last = bare.substr(space == std::string_view::npos ? 0 : space + 1);
  std::uint8_t kinds = 0;
  if (english::is_country_name(bare)) kinds |= k_country;
  const std::uint64_t last_kinds = word_info(last).kinds;
  if ((last_kinds & k_party_name_end) != 0) kinds |= k_party;
  if ((last_kinds & k_place_name_end) != 0) kinds |= k_place;
  // An honorific before a name makes it a person's ("Mr Patel"); the wider
  // titles do not ("General Motors").
  const std::size_t first_space = bare.find(' ');
  if (first_space != std::string_view::npos &&
      (english::word_info(bare.substr(0, first_space)).kinds & english::k_honorific) != 0) {
    kinds |= k_titled_person;
  }
  return kinds;
}

// 'f' for "she"/"her", 'm' for "he"/"his"/"him", 0 for any other word.
char pronoun_gender(std::string_view lower) {
  if (lower == "she" || lower == "her") return 'f';
  if (lower == "he" || lower == "his" || lower == "him") return 'm';
  return 0;
}

// A person remembered with `person_gender` ('?': not shown) can be
// referred to by a pronoun of `gender`.
bool gender_agrees(char person_gender, char gender) { return person_gender == gender || person_gender == '?'; }


class SentenceDecomposer {
 public:
  SentenceDecomposer(std::string_view sentence, const SentenceToDocument& to_document,
                     Decomposer::State& state)
      : sentence_(sentence), to_document_(to_document), state_(state), lowered_(state.lowered_buffer),
        tokens_(state.token_buffer) {
    tokenize(sentence, lowered_, tokens_);
  }

  std::vector<AtomicClaim> run();

 private:
  struct Context {
    Phrase frame;
    // A fronted participial phrase ("Using a radar built in Italy,",
    // "Founded in 1990,"): a claim about the clause's subject.
    Indices fronted_participle;
    std::optional<Claim::Attribution> attribution;
    std::vector<std::string> hedges;
    std::string not_checkworthy_reason;
    // Only the side claims: the clause was built to read what a speaker's
    // parenthetical says ("ESA's director of science, Carole Mundell,
    // said"), and its main claim ("Carole Mundell said") says nothing.
    bool sides_only = false;
    bool quotation = false;  // a direct quotation, kept whole
    // A side claim's clause (relative, participial): its subject is not
    // what the sentence is about, for later references.
    bool side = false;
    // The attribution is the main predicate's own ("is widely expected
    // to"): the clause's side claims are stated, not attributed.
    bool attribution_of_predicate = false;
  };

  // Token helpers.
  const Token& tok(int i) const { return tokens_[static_cast<std::size_t>(i)]; }
  bool is(int i, std::string_view lower) const { return tok(i).lower == lower; }
  // A comma that separates; not the one inside a date ("March 27, 1955").
  bool is_comma(int i) const { return tok(i).text == "," && !date_comma(static_cast<std::size_t>(i)); }
  bool date_comma(std::size_t i) const {
    if (i < 2 || i + 1 >= tokens_.size()) return false;
    const Token& day = tokens_[i - 1];
    const Token& year = tokens_[i + 1];
    return day.word && day.text.size() <= 2 && all_digits(day.text) && year.word && year.text.size() == 4 &&
           all_digits(year.text) && (tokens_[i - 2].info.kinds & english::k_weekday_or_month) != 0;
  }
  bool is_word(int i) const { return tok(i).word; }
  bool verb_like(const Indices& idx, std::size_t k) const;
  // "who" at `j` opening a relative clause: a verb follows, or a plain
  // word in -s the lexicon does not know as one ("who chairs").
  bool who_clause_at(const Indices& idx, std::size_t j) const {
    if (!is(idx[j], "who") || j + 1 >= idx.size()) return false;
    if (verb_like(idx, j + 1)) return true;
    const Token& after = tok(idx[j + 1]);
    return after.word && !after.capitalised && after.info.classes == 0 && after.info.form == VerbForm::none &&
           after.lower.size() > 3 && after.lower.ends_with("s") && !after.lower.ends_with("ss");
  }
  // A past participle at `j` that ends a noun phrase begun at or after
  // `from` and takes a prepositional or dated complement: "the planning
  // inspector appointed by the government", "a group formed in 2022".
  // With `named_noun`, the noun may be a name and the complement may open
  // with "to", "at" or "from" ("an Airbus A320 delivered to the airline";
  // after a name, "a charity dedicated to ..." may run on into a list).
  bool reduced_relative_at(const Indices& idx, std::size_t j, std::size_t from, bool named_noun = false) const {
    if (j <= from || j + 1 >= idx.size() || verb_form(tok(idx[j])) != VerbForm::past) return false;
    const Token& noun = tok(idx[j - 1]);
    const Token& after = tok(idx[j + 1]);
    return noun.word && (named_noun || !noun.capitalised) && noun.info.classes == 0 &&
           noun.info.form == VerbForm::none &&
           after.word &&
           (after.lower == "by" || after.lower == "in" || after.lower == "for" || after.lower == "on" ||
            (named_noun && (after.lower == "to" || after.lower == "at" || after.lower == "from")));
  }
  // Whether idx[from, to) is a noun phrase whose only verbs are past
  // participles of reduced relatives: "an Airbus A320 delivered to the
  // airline in 2014", "a ferry built in 1998".
  bool reduced_description(const Indices& idx, std::size_t from, std::size_t to) const {
    bool reduced = false;
    for (std::size_t j = from; j < to; ++j) {
      if (!tok(idx[j]).word || !verb_like(idx, j) || verb_form(tok(idx[j])) == VerbForm::base) continue;
      if (!reduced_relative_at(idx, j, from, true)) return false;
      reduced = true;
    }
    return reduced;
  }
  // Whether the relative pronoun at `j` ("that", "which", "who") follows a
  // plain noun, so it opens a relative clause about it ("things that",
  // "the reporter that he mimicked"; not "like that would").
  bool relative_after_noun(const Indices& idx, std::size_t j) const {
    if (j == 0) return false;
    const Token& noun = tok(idx[j - 1]);
    return noun.word && noun.info.classes == 0 && noun.info.form == VerbForm::none;
  }
  // Whether any token from `from` on reads as a verb: a clause goes on past
  // a comma only when none does ("the 1997 film, Money Talks").
  // A verb at `j` that makes a clause: an auxiliary, a past or a
  // third-person form (a base form is as often a noun or an adjective).
  bool finite_verb_at(const Indices& idx, std::size_t j) const {
    const Token& t = tok(idx[j]);
    return verb_like(idx, j) &&
           (is_auxiliary(t) || t.info.form == VerbForm::past || t.info.form == VerbForm::third_person);
  }
  // Whether the words from `from` to the next comma are a concession with
  // no verb of its own, after "while", "although" or "though": ", while
  // statistically clear," (not ", while the port operator, Castmere, has").
  bool verbless_concession(const Indices& idx, std::size_t from) const {
    if (from >= idx.size() || !tok(idx[from]).word || tok(idx[from]).capitalised || is_determiner(tok(idx[from])) ||
        is_pronoun(tok(idx[from]))) {
      return false;
    }
    for (std::size_t j = from; j < idx.size(); ++j) {
      if (is_comma(idx[j])) return j > from;
      if (!tok(idx[j]).word || finite_verb_at(idx, j) ||
          (verb_like(idx, j) && tok(idx[j]).info.form == VerbForm::gerund)) {
        return false;
      }
    }
    return false;
  }
  // Whether a clause of its own (a subject and a finite verb, not a
  // relative or a question word's) follows the prepositional phrase at
  // `from`: "in 1992 he didn't", not "of the man who grabbed" or "over how
  // much".
  // With `that_relative`, a "that" ends the search too: after "agree on two
  // things", "that he just mentioned" is a relative clause.
  bool clause_after_phrase(const Indices& idx, std::size_t from, bool that_relative = false) const {
    for (std::size_t j = from + 1; j < idx.size(); ++j) {
      const Token& t = tok(idx[j]);
      if (!t.word) return false;
      if ((t.info.kinds & english::k_interrogative) != 0 || t.lower == "whether" || t.lower == "who" ||
          t.lower == "which" || t.lower == "where" || t.lower == "when" || (that_relative && t.lower == "that")) {
        return false;
      }
      if (j > from + 1 && finite_verb_at(idx, j)) return true;
    }
    return false;
  }
  // Whether a clause of its own starts at `from`: a subject and then a
  // verb that can agree with it. "said the plant would close", "said
  // prices rise"; not "accepted a pay rise of 6 percent", whose "rise"
  // after "a pay" is a noun.
  bool reported_clause_at(const Indices& idx, std::size_t from) const {
    // Its verb comes before a coordinated verb phrase: "denied the charges
    // and was released" holds no clause, only a second verb phrase.
    const std::size_t end = coordinated_verb_phrase_at(idx, from);
    const Indices clause(idx.begin(), idx.begin() + static_cast<std::ptrdiff_t>(end));
    int v = find_main_verb(clause, from);
    // "said demand was strong", "said output fell": a word that can be a
    // verb opens the clause as its subject when a finite verb follows.
    if (v == static_cast<int>(from) && from + 1 < end && !is_auxiliary(tok(idx[from])) &&
        (tok(idx[from]).info.form == VerbForm::base || tok(idx[from]).info.form == VerbForm::third_person)) {
      v = find_main_verb(clause, from + 1);
      if (v > static_cast<int>(from) && !finite_verb_at(idx, static_cast<std::size_t>(v))) v = -1;
    }
    if (v <= static_cast<int>(from)) return false;
    const Token& verb = tok(idx[static_cast<std::size_t>(v)]);
    // "wrote the novel that made her famous": a verb of a relative clause
    // makes no clause of the object's own, unless a verb of its own comes
    // after the relative clause ("said the plan that he proposed failed").
    // A relative pronoun right after a noun ("things that", "novel which";
    // not "like that would"), and the verb that follows it or its pronoun
    // subject ("that made", "that he proposed").
    const auto relative_at = [&](std::size_t j) {
      return j > from && (is(idx[j], "that") || is(idx[j], "which") || is(idx[j], "who")) && relative_after_noun(idx, j);
    };
    const auto relative_verb = [&](std::size_t j) {
      return (j >= 1 && relative_at(j - 1)) || (j >= 2 && relative_at(j - 2) && is_pronoun(tok(idx[j - 1])));
    };
    // ("it's an issue that we need": the clause has its verb in "it's".)
    bool contracted_verb = false;
    bool relative = false;
    for (std::size_t j = from; j < static_cast<std::size_t>(v); ++j) {
      contracted_verb = contracted_verb || (tok(idx[j]).possessive && is_pronoun(tok(idx[j])));
      relative = relative || relative_at(j);
    }
    if (!contracted_verb && (relative || relative_verb(static_cast<std::size_t>(v)))) {
      // (A verb after "and" goes on the relative clause: "the novel that
      // made her famous and moved to Paris".)
      bool own_verb = false;
      for (std::size_t j = static_cast<std::size_t>(v); j < end && !own_verb; ++j) {
        // ("who pays taxes ought to get": "ought" is a modal the lexicon
        // does not list.)
        own_verb = (verb_like(idx, j) || is(idx[j], "ought")) && !relative_verb(j) && !is_comma(idx[j - 1]) &&
                   !is(idx[j - 1], "and") &&
                   !is(idx[j - 1], "or") && !is(idx[j - 1], "but");
      }
      if (!own_verb) return false;
    }
    // ("a lot of people deserve", "a number of firms say": a quantity of
    // plurals.)
    const bool quantity = from + 1 < idx.size() && has_kind(tok(idx[from + 1]), k_quantity_noun);
    const bool singular_subject =
        !quantity && (is(idx[from], "a") || is(idx[from], "an") || is(idx[from], "each") || is(idx[from], "every"));
    return !(singular_subject && verb.info.form == VerbForm::base && !is_auxiliary(verb));
  }
  // The first "and" or "but" from `from` on that a verb follows ("and was
  // released", "and received"), or idx.size() if there is none, or if a
  // relative clause opens first, whose verb phrases it may join ("anybody
  // that gets into this arena and has to face you").
  std::size_t coordinated_verb_phrase_at(const Indices& idx, std::size_t from) const {
    for (std::size_t j = from; j + 1 < idx.size(); ++j) {
      if (is(idx[j], "that") || is(idx[j], "who") || is(idx[j], "which")) return idx.size();
      if ((is(idx[j], "and") || is(idx[j], "but")) && !tok(idx[j + 1]).capitalised && verb_like(idx, j + 1)) return j;
    }
    return idx.size();
  }
  // Whether a token from `from` on (before `to`) reads as a verb.
  bool verb_follows(const Indices& idx, std::size_t from, std::size_t to = static_cast<std::size_t>(-1)) const {
    for (std::size_t j = from; j < idx.size() && j < to; ++j) {
      if (verb_like(idx, j)) return true;
    }
    return false;
  }
  int find_main_verb(const Indices& idx, std::size_t from) const;
  // Like find_main_verb from the start, but steps over comma-enclosed
  // parentheticals ("Dr. Diallo, who heads the unit, said").
  int find_verb_past_parentheticals(const Indices& idx) const;
  std::size_t verb_group_end(const Indices& idx, std::size_t v) const;
  bool is_name_run(const Indices& idx, std::size_t from, std::size_t to) const;
  // Just past a list of three or more names that opens `idx` ("France,
  // Germany(,) and Italy"); 0 when `idx` does not open with one.
  std::size_t name_list_end(const Indices& idx) const;
  // Just past a multi-word connective and its comma ("as a result,") that
  // starts at `from`; 0 when none does.
  std::size_t opens_with_connective(const Indices& idx, std::size_t from) const;

  // Steps.
  std::vector<Indices> split_clauses(const Indices& idx) const;
  void strip_fronted(Indices& idx, Context& context);
  void process_clause(Indices idx, Context context, std::optional<Phrase> subject_override);
  bool process_report(Indices& idx, Context& context, int speech_verb);
  // Whether a fronted frame names where something was said or written:
  // "In a statement,", "In an interview on Tuesday,", "In its annual
  // report,".
  bool frame_names_medium(const Phrase& frame) const;
  void cut_trailing_attribution(Indices& idx, Context& context);
  void drop_short_parentheticals(Indices& idx) const;
  std::size_t noun_end_before(const Indices& idx, std::size_t comma) const;
  bool verb_right_after(const Indices& idx, std::size_t at) const;
  bool subject_plural(const Phrase& full) const;
  void cut_participial_clause(Indices& idx, std::size_t& k, std::size_t close, std::size_t subject_start,
                              std::size_t main_verb, std::size_t group_end, bool past, int& v,
                              std::vector<Side>& sides);
  bool cut_comparison(Indices& idx, std::size_t& k, std::size_t close, std::size_t subject_start,
                      std::size_t main_verb, std::size_t group_end, std::vector<Side>& sides);
  bool cut_name_description(Indices& idx, std::size_t& k, std::size_t close, bool list_item, bool past, int& v,
                            std::vector<Side>& sides) const;
  bool cut_relative_clause(Indices& idx, std::size_t& k, std::size_t close, std::size_t subject_start, int& v,
                           std::vector<Side>& sides) const;
  // Gapping: "The captain had more than 12,000 hours of flying experience
  // and the first officer about 3,100", "Labour won 412 seats and the
  // Conservatives 121". When the clause whose main verb is at `v` ends in
  // "and", a subject and an amount with no verb, returns the gapped clause
  // (the second subject, the first verb group, the amount and, when the
  // amount ends on its number, the first amount's unit: "the first officer
  // had about 3,100 hours of flying experience") and cuts it from `idx`;
  // otherwise nullopt and `idx` unchanged.
  std::optional<Indices> gapped_clause(Indices& idx, std::size_t v) const;
  // A verb phrase of the clause `idx` (main verb at `v`) that reports what
  // its subject said: "said that P", "later told reporters that P". Returns
  // the clause "<subject> <verb phrase>" to decompose as a report of its
  // own; nullopt for any other verb phrase.
  std::optional<Indices> reporting_verb_phrase(const Indices& idx, std::size_t v, const Phrase& predicate) const;
  void read_verb_phrases(const Indices& idx, std::size_t v, const std::optional<Phrase>& subject_override,
                         Phrase& subject, std::vector<Phrase>& predicates) const;
  // "Harwick's lock Ben Sutter was carried off", "Her husband John Carter
  // died in 2019": an owner's role right before the name that ends the
  // subject of the verb at `v` is a description of the name. Returns it as
  // a side claim ("Ben Sutter is Harwick's lock") and cuts owner and role
  // from `idx` (moving `v`), or nullopt with `idx` unchanged. `past`: the
  // clause is in the past, which a dated sentence's description follows.
  std::optional<Side> owned_role_description(Indices& idx, int& v, bool past) const;
  // ", most of them owed to Pell himself", ", one of them from the United
  // States,", ", the latest of them minted under Constantine": a part "of
  // them" after the comma at `k` (its phrase ending at `close`, the next
  // comma or idx.size()) is a claim about that part of the plural before
  // the comma ("Most of the debts ... were owed to Pell himself"), or of
  // the subject of the verb at `v` (group ending at `group_end`) when the
  // clause ends on that verb or the part has only a phrase of it, which
  // goes in again. Returns the side claim and cuts the part from `idx`, or
  // nullopt with `idx` unchanged.
  std::optional<Side> part_of_plural(Indices& idx, std::size_t k, std::size_t close, int v, std::size_t group_end,
                                     bool past) const;
  // "The government was involved; so was the housing industry": a clause
  // of "so", an auxiliary and a subject, read as that subject with the
  // previous clause's predicate ("the housing industry was involved").
  // Returns the clause's tokens in that order, or nullopt when `idx` is
  // no such clause or the predicate does not fit the auxiliary.
  std::optional<Indices> so_inversion(const Indices& idx) const;
  // Whether the "it" at token `it` stands for a clause that follows it
  // ("It is unclear how ...", "It is too early to tell") rather than for
  // something named before.
  bool anticipatory_it(std::size_t it) const;
  // Whether the report whose verb group starts at `speech_verb` is denied
  // or negated ("denied that", "did not say", "I don't think"): what
  // follows is then not the speaker's claim.
  bool negated_report(const Indices& idx, std::size_t speech_verb) const;
  // Whether idx[from, to) says since when something has held ("since
  // 2021", "since March"): a participle there is a perfect ("The ministry,
  // led by Anna Brandt since 2021" -> "has been led").
  bool holds_since(const Indices& idx, std::size_t from, std::size_t to) const {
    for (std::size_t j = from; j + 1 < to && j + 1 < idx.size(); ++j) {
      const Token& when = tok(idx[j + 1]);
      if (is(idx[j], "since") && when.word &&
          (is_ascii_digit(static_cast<unsigned char>(when.text.front())) ||
           (when.info.kinds & english::k_weekday_or_month) != 0)) {
        return true;
      }
    }
    return false;
  }
  void emit(const Phrase& subject, const Phrase& predicate, const Context& context,
            bool collective, std::vector<std::string> ambiguous);
  // The source of a report as the claim records it. A definite
  // description the document resolves to one earlier name stands for it
  // ("The carmaker said" after "Stellantis NV reported ..." is Stellantis
  // NV's report); anything else is kept as written: vague sources,
  // pronouns (a speaking "she" is resolved where the clause opens), owners
  // ("the team's calculations") and descriptions the document leaves
  // unclear, which are not flagged, since the claim's words do not hold them.
  Claim::Attribution source_attribution(const Phrase& who, bool vague);
  // "imposed sanctions on Iran and North Korea" -> the predicate once for
  // each name; empty when the predicate has no such coordination.
  std::vector<Phrase> split_coordinated_object(const Phrase& predicate) const;
  bool is_name_slot(const Slot& slot) const;
  // "and" as a word of the sentence or as an added word (a resolved pair).
  bool is_and(const Slot& slot) const {
    return slot.token >= 0 ? tok(slot.token).lower == "and" : slot.text() == "and";
  }
  Phrase slots(const Indices& idx, std::size_t from, std::size_t to) const;
  std::string render(const Phrase& phrase) const;
  std::vector<Span> spans_of(const Phrase& phrase) const;
  std::size_t noun_phrase_start(const Indices& idx, std::size_t end, std::size_t floor) const;
  // `past`: the clause is in the past tense, so a resolved event pair
  // ("the two leaders" after "A met B in 2019") brings the event's time
  // frame; a present-tense clause ("the two parties hold 78 seats") is not
  // about that time.
  bool resolve_subject(Phrase& subject, Context& context, std::vector<std::string>& ambiguous,
                       std::optional<Pair>& pair, bool past = true);
  // Replaces "both countries", "the two leaders" and (unless the claim's
  // subject is plural) "their" inside `phrase` by their antecedent; notes
  // in `ambiguous` what has none.
  void resolve_references(Phrase& phrase, bool subject_plural,
                           std::vector<std::string>& ambiguous);
  // "Lena Brandt is its chief executive": a person or a plural subject
  // owns no "its", so it stands for something named before. It becomes the
  // previous sentence's subject when the sentence names nothing else before
  // it (see its_owner); otherwise it is kept and noted in `ambiguous`.
  // In a side claim (`side`), the sentence's own first subject owns it
  // first: "Redcliffe appointed Anita Loveridge, its managing partner".
  void resolve_foreign_its(Phrase& predicate, const Phrase& subject, bool plural_subject,
                           std::vector<std::string>& ambiguous, bool side = false);
  // "since her arrival", "Her husband wrote": a possessive "his" or "her"
  // before a noun becomes the person the sentences before were about
  // ("since Priya Anand's arrival"), when this sentence names no one before
  // it and the claim's subject is no person it could be (a pronoun, or a
  // name put in for one). Otherwise it is left as written.
  // In what a resolved speaker said (`speaker`: "She told the Courier that
  // the school had replaced 31 teachers since her arrival"), a pronoun of
  // the speaker's gender is the speaker's.
  void resolve_possessive_pronouns(Phrase& phrase, const Phrase& subject, const Entity* speaker = nullptr,
                                   char speaker_gender = 0);
  // What a group noun says its two members are: "both companies" are
  // organisations, "both countries" are not.
  enum class PairKind { any, organisations, not_organisations };
  const Pair* nearest_pair(bool persons, bool& ambiguous, const SentenceMemory** where,
                           PairKind kind = PairKind::any) const;
  // Capitalised runs of the sentence that may be names, titles before them
  // skipped ("President Ebrahim Raisi" -> "Ebrahim Raisi", person).
  std::vector<NameRun> name_runs() const;
  // The run as an entity, without a possessive suffix. `with_article`: a
  // name the sentence gives with "the" keeps it when it stands in for "both
  // parties" ("the Social Democrats and the Green Alliance").
  Entity entity_of(const NameRun& run, bool with_article = false) const;
  // Institutions, events, awards and laws are no "he" or "she".
  bool person_like(const NameRun& run) const;
  // Capitalised words that are no function words, the last no verb.
  bool plain_name(const NameRun& run) const;
  // The words around the run show it names a person: a title or role, an
  // age, "who", "(born ...)", a role in apposition.
  bool person_evidence(const NameRun& run) const;
  // A name of two words or more shown to be a person's.
  bool shown_as_person(const NameRun& run) const;
  // Records the people the sentence names in full or shows a surname of,
  // for expand_surnames; before the sentence's claims are built, so "Okafor,
  // a former head teacher, won ..." already names Grace Okafor.
  void register_people(const std::vector<NameRun>& runs);
  void remember();
  // Whether a word of `phrase` from the sentence is a four-digit number.
  bool names_year(const Phrase& phrase) const;
  // Whether the sentence has a year anywhere ("In 1853, ...").
  bool sentence_names_year() const {
    return std::any_of(tokens_.begin(), tokens_.end(), [](const Token& t) { return t.word && is_year(t.text); });
  }
  // Whether the verb group the clause `idx` has from `at` on is in the past
  // ("was", "were", "had" or a past form); `otherwise` when it has none.
  bool past_after(const Indices& idx, std::size_t at, bool otherwise) const {
    const int after = find_main_verb(idx, at);
    if (after < 0) return otherwise;
    const std::string_view w = tok(idx[static_cast<std::size_t>(after)]).lower;
    return w == "was" || w == "were" || w == "had" || verb_form(w) == VerbForm::past;
  }
  // Whether a predicate's own verb phrase tells its own time: "has since
  // hired", "later denied", "subsequently became". Not inside a clause or
  // phrase of its own after a comma, a relative word or a conjunction
  // ("joined Dortmund, where he has since become", "was hired in Bologna
  // and two years later he was transferred").
  // Against the sentence's `frame`, so does "in 1995" when the
  // frame has another year ("In January 1993, ... but returned to prison
  // in 1995"; not "a figure of 1948").
  bool own_time(const Phrase& predicate, const Phrase& frame) const {
    // ("In 1931, he served as its president until his retirement in 1967":
    // the frame is when it began.)
    const bool span = std::any_of(predicate.begin(), predicate.end(), [&](const Slot& slot) {
      return slot.token >= 0 && (is(slot.token, "until") || is(slot.token, "till"));
    });
    for (std::size_t k = 0; k < predicate.size(); ++k) {
      const Slot& slot = predicate[k];
      if (slot.token < 0) continue;
      const Token& t = tok(slot.token);
      if (!span && t.word && is_year(t.text) && k > 0 && predicate[k - 1].token >= 0 &&
          (is(predicate[k - 1].token, "in") || is(predicate[k - 1].token, "by") || is(predicate[k - 1].token, "until"))) {
        bool frame_year = false;
        bool other_year = false;
        for (const Slot& f : frame) {
          const std::string_view text = f.token >= 0 ? tok(f.token).text : f.text();
          if (text.size() == 4 && all_digits(text)) (text == t.text ? frame_year : other_year) = true;
        }
        if (other_year && !frame_year) return true;
      }
      if (!t.word || t.lower == "where" || t.lower == "which" || t.lower == "who" || t.lower == "that" ||
          t.lower == "when" || t.lower == "while" || t.lower == "and" || t.lower == "but" || t.lower == "or") {
        return false;
      }
      if (t.lower == "since" || t.lower == "later" || t.lower == "afterwards" || t.lower == "subsequently") return true;
    }
    return false;
  }
  // Clears `frame` when it names a year: a clause's own dated frame
  // replaces it.
  void replace_dated_frame(Phrase& frame) const;
  // Whether idx[from, to) dates something in the past: a year, a weekday or
  // month, "last", "ago", "earlier", "yesterday".
  bool dates_past_event(const Indices& idx, std::size_t from, std::size_t to) const;
  // Who a sentence-initial "he" or "she" (gender 'm' or 'f') stands for:
  // the person the last sentences showed, or null when that is unclear.
  const Entity* person_before(char gender) const;
  // person_before, remembered as the person this sentence is about (for the
  // next sentence's "he" or "she").
  const Entity* take_person_before(char gender);
  // The gender the document has shown for a person ("she" after the
  // name), or '?'.
  char known_gender(const Entity& person) const;
  // "Varga married the physicist Jonas Ekholm in 1966; he died in 2011": a
  // "he" or "she" opening a later clause is the one person named before it
  // in the sentence whose gender the document has not shown to be the
  // other, when another person named there has been shown to be.
  std::optional<Entity> gendered_clause_antecedent(std::size_t pronoun, char gender);
  // A claim of its own about a quotation's or report's speaker: what their
  // description or relative clause says ("Carys Pennant is the head
  // coach"), in the sentence's frame, without its attribution.
  void emit_about_speaker(const Phrase& speaker, Phrase predicate, const Context& context);
  // Whether the name follows a possessive pronoun and a noun ("his father,
  // John Penhale"): a relative of the person the text is about.
  bool named_as_relative(const NameRun& run) const;
  // Whether a claim with "must" states a rule with concrete terms: a
  // number, or a name after its first word, and no first person.
  bool states_requirement(const Phrase& phrase) const;
  // What "Its" opening the sentence stands for: the previous sentence's
  // subject, as a possessive ("the committee's"); none when that is
  // missing or plural.
  std::optional<Slot> its_owner();
  // Where an organisation's name that ends `run` begins, over "and", "of"
  // and a plural possessive between capitalised words.
  std::size_t organisation_name_start(const NameRun& run) const;
  // The sentence's opening name a he/she at `pronoun` (opening a clause
  // inside the sentence) stands for, or null.
  const NameRun* clause_pronoun_antecedent(std::size_t pronoun) const;
  // Records `entity` (a name of two words or more) as a person's, for its
  // surname alone later.
  void remember_person(Entity entity);
  // The person the text is about at this point: whom a sentence-initial
  // "He" stood for, or the person of the last sentences (see person_before).
  const Entity* topic_person() const;
  // The name that opens the sentence as its subject, when it looks like a
  // person's: "Graham Tolland, 52, appeared", "Chief executive Piet
  // Hollander said", "Its chief executive, Ingrid Sollner, apologised",
  // "Harwick's lock Ben Sutter was carried off". Null when none does.
  const NameRun* opening_subject(const std::vector<NameRun>& runs) const;
  // Whether the document showed `entity` to be a person's name.
  bool known_person(const Entity& entity) const;
  // Replaces a surname standing alone outside quotation marks ("Tolland
  // denies ...") by the full name of the one person the document gave it
  // to ("Graham Tolland"); leaves it when none or several did.
  void expand_surnames(Phrase& phrase);
  // Records a name run for expand_short_names: a one-word name takes its
  // word; a name of several words that is no person's is remembered by
  // its first word.
  void register_short_name(const NameRun& run);
  // Whether the document wrote the name with nothing that asks for an
  // article before it: "Halvard Bank said", "by Halvard Bank"; not "the
  // Saltmarsh Canal" nor "the bank's nine-member Monetary Policy Council".
  bool written_bare(const NameRun& run) const;
  // "Redcliffe had passed ...": a capitalised word standing alone for the
  // one organisation the document named with it first ("Redcliffe
  // Capital"), where a name (not a place after "in") is read.
  void expand_short_names(Phrase& phrase);
  // Whether the capitalised word at token `i` stands where a name alone is
  // read: not part of a longer name, not a place after "in", not after an
  // article or another capital, not a sentence's first word that no verb
  // follows, not in a quotation.
  bool stands_alone_as_name(std::size_t i) const;
  // The person a surname alone names (see expand_surnames), or null.
  Decomposer::State::KnownPerson* person_with_surname(std::string_view surname);
  // The document's descriptions with this head noun, created empty.
  std::vector<Entity>& described(std::string_view head) {
    const auto found = state_.described.find(head);
    if (found != state_.described.end()) return found->second;
    return state_.described.emplace(std::string(head), std::vector<Entity>{}).first->second;
  }

  std::string_view sentence_;
  const SentenceToDocument& to_document_;
  Decomposer::State& state_;
  std::string& lowered_;  // the words of `tokens_` lower-cased (the state's buffer)
  mutable AddedWords added_;  // words of this sentence's phrases from elsewhere
  std::vector<Token>& tokens_;  // the state's buffer, refilled for each sentence
  std::vector<AtomicClaim> claims_;
  std::string terminal_;  // the sentence's final punctuation, if it has one
  Phrase sentence_frame_;
  std::optional<Entity> first_subject_;
  std::optional<Entity> first_subject_phrase_;
  // The first named source the sentence reports ("A Board of Trade inquiry
  // found that ..."): what a next sentence's acting "It" may be.
  std::optional<Entity> first_speaker_;
  // The sentence's coordinated clauses ("X rose, and Y fell") counted as
  // they are read, and the one first_subject_phrase_ came from.
  std::size_t clause_number_ = 0;
  std::size_t first_subject_clause_ = 0;
  bool first_subject_reported_ = false;  // first_subject_phrase_ is a reported clause's
  // The person a sentence-initial "He"/"She" was resolved to, and its
  // gender, so that the next sentence's "He" is the same person.
  std::optional<Entity> resolved_person_;
  // The known person whose surname alone opens the sentence, expanded to
  // the full name by expand_surnames().
  std::optional<Entity> opening_person_;
  std::vector<NameRun> runs_;  // name_runs() of the sentence
  char resolved_gender_ = '?';
  // The predicate of the sentence's last main clause, when it was one verb
  // phrase of the sentence's own words: what an inverted "so was X" in a
  // later clause says of X.
  Indices last_predicate_;

  // The most recent memory of the last `sentences` sentences that
  // `wanted` accepts; nullptr when none does.
  template <typename Wanted>
  const SentenceMemory* nearest_recent(std::size_t sentences, Wanted wanted) const {
    for (auto it = state_.recent.rbegin(); it != state_.recent.rend(); ++it) {
      if (it->number + sentences < state_.sentence_number) break;
      if (wanted(*it)) return &*it;
    }
    return nullptr;
  }
};

bool is_adverb_before_verb(const Token& t) {
  if (!t.word || t.capitalised) return false;
  if (is_adverb_of_degree_or_time(t) && t.lower != "long" && t.lower != "since" && t.lower != "first") return true;
  return t.lower.size() > 4 && t.lower.ends_with("ly") && verb_form(t) == VerbForm::none &&
         t.lower != "only" && t.lower != "early" && t.lower != "family" && t.lower != "july" &&
         t.lower != "italy" && t.lower != "supply" && t.lower != "apply" && t.lower != "rally";
}

bool SentenceDecomposer::verb_like(const Indices& idx, std::size_t k) const {
  const Token& t = tok(idx[k]);
  if (!t.word || t.possessive) return false;
  if (t.capitalised && k != 0) return false;  // a name, not a verb
  if (is_auxiliary(t)) return true;
  const VerbForm form = verb_form(t);
  if (form == VerbForm::none || form == VerbForm::gerund) return false;
  if (k > 0) {
    const Token& prev = tok(idx[k - 1]);
    if (prev.possessive) return false;  // "Korea's share"
    // "universities and think tanks is great": after "and", a present form
    // with a plain noun and then an auxiliary is the first word of a
    // compound noun.
    if (form == VerbForm::base && (prev.lower == "and" || prev.lower == "or") && k + 2 < idx.size()) {
      const Token& noun = tok(idx[k + 1]);
      if (noun.word && !noun.capitalised && noun.info.classes == 0 && noun.info.form != VerbForm::past &&
          is_auxiliary(tok(idx[k + 2]))) {
        return false;
      }
    }
    // "42 ships", but "a crowd of 14,312 watched" (not after a year: "the
    // 1998 revised edition").
    if (prev.word && is_ascii_digit(static_cast<unsigned char>(prev.text.front())) &&
        (form != VerbForm::past || (prev.text.size() == 4 && all_digits(prev.text)))) {
      return false;
    }
    if (prev.word && prev.info.cardinal && form != VerbForm::past) return false;  // "four charges"
    // "the Penmoor end", "the Calder Park stand": a bare form after "the"
    // and a singular name is the last noun of a compound ("the United
    // States thinks", "the Americans support" keep their verbs).
    if (form == VerbForm::base && prev.word && prev.capitalised && !is_pronoun(prev) && !prev.lower.ends_with("s") &&
        k >= 2) {
      std::size_t j = k - 1;
      while (j > 0 && tok(idx[j - 1]).word && tok(idx[j - 1]).capitalised) --j;
      if (j > 0 && is(idx[j - 1], "the")) return false;
    }
    // "Sources close to the deal": "close to" after a plural is where they
    // stand, not what they do.
    if (t.lower == "close" && k + 1 < idx.size() && is(idx[k + 1], "to") && prev.word &&
        (!prev.capitalised || k == 1) && prev.lower.size() > 3 && prev.lower.ends_with("s")) {
      return false;
    }
    // "His first commission", "the next round": after an ordinal, a noun.
    if (prev.word && form != VerbForm::past && (prev.info.kinds & english::k_ordinal) != 0) return false;
    // "That makes sense", "This comes from the people", "That happened on
    // his watch": a singular demonstrative opening the clause is its
    // subject when a verb that agrees with it follows ("this year", "that
    // used car" are noun phrases).
    const bool demonstrative_subject =
        k == 1 && (prev.lower == "that" || prev.lower == "this") &&
        (form == VerbForm::third_person ||
         (form == VerbForm::past && k + 1 < idx.size() &&
          (!tok(idx[k + 1]).word || (tok(idx[k + 1]).info.classes & (k_is_preposition | k_is_determiner)) != 0)));
    if (demonstrative_subject) return true;
    // "Some questioned whether ...", "Many feared the worst": a quantifier
    // opening the clause stands for people when a past verb follows it and
    // a clause, article or pronoun follows that ("some questioned
    // decisions" is a noun phrase).
    const bool quantifier_subject =
        k == 1 && form == VerbForm::past &&
        (prev.lower == "some" || prev.lower == "many" || prev.lower == "several" || prev.lower == "few" ||
         prev.lower == "most" || prev.lower == "others") &&
        k + 1 < idx.size() && tok(idx[k + 1]).word &&
        (tok(idx[k + 1]).lower == "whether" || tok(idx[k + 1]).lower == "that" || is_determiner(tok(idx[k + 1])) ||
         is_pronoun(tok(idx[k + 1])));
    if (quantifier_subject) return true;
    if (prev.word && (is_determiner(prev) || prev.lower == "to" ||
                      (is_preposition(prev) && prev.lower != "as"))) {
      return false;  // "the report", "to expand", "of interest"
    }
    // "special educational needs", "regional plans": after an adjective a
    // present form is a noun.
    if (form != VerbForm::past && prev.word && !prev.capitalised && prev.info.classes == 0 &&
        prev.info.form == VerbForm::none && prev.lower.size() > 5) {
      static constexpr std::string_view kAdjectiveEndings[] = {"al", "ous", "ive", "ic", "ful", "less", "ary", "ern"};
      for (const std::string_view ending : kAdjectiveEndings) {
        if (prev.lower.ends_with(ending)) return false;
      }
    }
    // "A goods train fell", "An air raid siren sounded": a subject opened
    // by "a" is singular, so a present form that cannot agree with it is
    // the last noun of a compound. (Not "cut", "hit": "A man cut the
    // ribbon" is past.)
    if (form == VerbForm::base && k >= 2 && k <= 3 && (is(idx[0], "a") || is(idx[0], "an")) &&
        !is_invariant_past(t.lower)) {
      bool compound = true;
      for (std::size_t j = 1; j < k && compound; ++j) {
        const Token& word = tok(idx[j]);
        compound = word.word && !word.possessive && word.info.classes == 0 && word.info.form != VerbForm::gerund;
      }
      if (compound) return false;
    }
  }
  // "Postal votes made up a third", "Price rises were": a plural noun
  // before the verb, not a verb itself.
  if (form == VerbForm::third_person && k + 2 < idx.size()) {
    const Token& next = tok(idx[k + 1]);
    const Token& after = tok(idx[k + 2]);
    if (next.word && !next.capitalised &&
        ((is_auxiliary(next) && next.lower != "does") ||
         (verb_form(next) == VerbForm::past && after.word &&
          (is_determiner(after) || is_ascii_digit(static_cast<unsigned char>(after.text.front())) ||
           after.lower == "up" || after.lower == "out")))) {
      return false;
    }
  }
  return true;
}

int SentenceDecomposer::find_main_verb(const Indices& idx, std::size_t from) const {
  // A clause's verb has a subject before it: the first word is never it.
  for (std::size_t k = from == 0 ? 1 : from; k < idx.size(); ++k) {
    if (is_comma(idx[k])) return -1;  // the subject ends before a comma here
    if (!verb_like(idx, k)) continue;
    // "A freight flight that had tried to land ten minutes earlier
    // abandoned its approach and diverted to Carrow": the verb of a
    // relative clause in the subject is not the clause's; a later finite
    // verb before any comma is. Only before a list of verb phrases, which
    // would otherwise share the relative clause's auxiliary ("A freight
    // flight that had diverted").
    const auto verb_list_follows = [&](std::size_t at) {
      for (std::size_t j = at; j + 1 < idx.size() && !is_comma(idx[j]); ++j) {
        if (is(idx[j], "and") && verb_like(idx, j + 1)) return true;
      }
      return false;
    };
    if (k >= from + 2 && (is(idx[k - 1], "that") || is(idx[k - 1], "who")) && tok(idx[k - 2]).word &&
        !verb_like(idx, k - 2) && !is_preposition(tok(idx[k - 2])) && verb_list_follows(k + 1)) {
      for (std::size_t later = verb_group_end(idx, k); later < idx.size() && !is_comma(idx[later]); ++later) {
        if (finite_verb_at(idx, later) && !tok(idx[later]).capitalised && !is(idx[later - 1], "to") && !is(idx[later - 1], "that") && !is(idx[later - 1], "who") &&
            !is(idx[later - 1], "which") && !is(idx[later - 1], "and") && !is(idx[later - 1], "or")) {
          // (An adverb before it ends the relative clause: "ten minutes
          // earlier".)
          return static_cast<int>(later);
        }
      }
    }
    // Adverbs just before the verb belong to the predicate:
    // "Smugglers allegedly moved".
    while (k > std::max<std::size_t>(from, 1) && is_adverb_before_verb(tok(idx[k - 1]))) --k;
    return static_cast<int>(k);
  }
  return -1;
}

int SentenceDecomposer::find_verb_past_parentheticals(const Indices& idx) const {
  for (std::size_t k = 1; k < idx.size(); ++k) {
    if (is_comma(idx[k])) {
      std::size_t j = k + 1;
      while (j < idx.size() && !is_comma(idx[j])) ++j;
      if (j - k > 20) return -1;
      if (j < idx.size()) k = j;  // else: the last comma; scan on after it
      continue;
    }
    if (verb_like(idx, k)) return static_cast<int>(k);
  }
  return -1;
}

// The verb group starting at `v`: auxiliaries, adverbs between them, and the
// main verb. Returns the position just past it.
std::size_t SentenceDecomposer::verb_group_end(const Indices& idx, std::size_t v) const {
  std::size_t k = v;
  while (k < idx.size()) {
    const Token& t = tok(idx[k]);
    if (!t.word) break;
    if (is_auxiliary(t)) {
      ++k;
      continue;
    }
    // Adverbs inside the group, and before its verb when the group starts
    // there ("now expects", "allegedly moved").
    if ((is_adverb_of_degree_or_time(t) && k > v) || (k == v && is_adverb_before_verb(t))) {
      ++k;
      continue;
    }
    const VerbForm form = verb_form(t);
    if (form != VerbForm::none && (k == v || is_auxiliary(tok(idx[k - 1])) ||
                                   is_adverb_of_degree_or_time(tok(idx[k - 1])) ||
                                   (k == v + 1 && is_adverb_before_verb(tok(idx[v]))))) {
      ++k;
      break;
    }
    break;
  }
  return std::max(k, v + 1);
}

bool SentenceDecomposer::is_name_run(const Indices& idx, std::size_t from,
                                     std::size_t to) const {
  if (from >= to || to - from > 6) return false;
  // The full stop of an abbreviated title belongs to the name: "Dr. Ravi Menon".
  for (std::size_t k = from; k < to; ++k) {
    const Token& t = tok(idx[k]);
    if (!t.word || !t.capitalised) {
      if (t.word && (t.lower == "of" || t.lower == "de" || t.lower == "van" || t.lower == "al")) continue;
      if (t.text == "." && k > from && k + 1 < to && has_kind(tok(idx[k - 1]), k_abbreviated_title)) continue;
      return false;
    }
  }
  return true;
}

std::size_t SentenceDecomposer::opens_with_connective(const Indices& idx, std::size_t from) const {
  // Multi-word connectives: "In addition,", "As a result,", "On the other hand,".
  static constexpr std::string_view kPhraseMarkers[] = {"in addition", "as a result", "on the other hand",
                                                        "in contrast", "by contrast", "for example",
                                                        "for instance", "in fact", "of course",
                                                        "at the same time", "after all", "in short",
                                                        "in other words", "in particular", "above all",
                                                        "even so", "that said", "to be sure", "as such",
                                                        "in turn"};
  std::string lead;
  for (std::size_t k = from; k < idx.size() && k < from + 5; ++k) {  // no marker is longer than four words
    if (is_comma(idx[k])) return k > from && in_list(lead, kPhraseMarkers) ? k + 1 : 0;
    if (!lead.empty()) lead += ' ';
    lead += tok(idx[k]).lower;
  }
  return 0;
}

std::size_t SentenceDecomposer::name_list_end(const Indices& idx) const {
  // After the "and" at `conjunction`: the last item, a name run up to the
  // first word that is not one; the list needs two items before it.
  const auto after_last_item = [&](std::size_t conjunction, std::size_t items) -> std::size_t {
    std::size_t last = conjunction + 1;
    while (last < idx.size() && is_name_run(idx, conjunction + 1, last + 1)) ++last;
    return items >= 2 && last > conjunction + 1 ? last : 0;
  };
  std::size_t items = 0;
  std::size_t k = 0;
  while (k < idx.size()) {
    std::size_t end = k;
    while (end < idx.size() && !is_comma(idx[end]) && !is(idx[end], "and")) ++end;
    if (!is_name_run(idx, k, end)) return 0;
    ++items;
    if (end >= idx.size()) return 0;
    if (is(idx[end], "and")) return after_last_item(end, items);
    k = end + 1;                                                         // past the comma
    if (k < idx.size() && is(idx[k], "and")) return after_last_item(k, items);  // an Oxford comma
  }
  return 0;
}

Phrase SentenceDecomposer::slots(const Indices& idx, std::size_t from, std::size_t to) const {
  Phrase phrase;
  if (from < to) phrase.reserve(std::min(to, idx.size()) - std::min(from, idx.size()));
  for (std::size_t k = from; k < to && k < idx.size(); ++k) {
    Slot slot;
    slot.token = idx[k];
    phrase.push_back(std::move(slot));
  }
  return phrase;
}

std::vector<Span> SentenceDecomposer::spans_of(const Phrase& phrase) const {
  std::vector<Span> spans;
  int run_first = -1;
  int run_last = -1;
  auto flush = [&] {
    if (run_first < 0) return;
    spans.push_back(to_document_(Span{tok(run_first).begin, tok(run_last).end}));
    run_first = run_last = -1;
  };
  for (const Slot& slot : phrase) {
    if (slot.token >= 0) {
      if (run_first >= 0 && slot.token == run_last + 1) {
        run_last = slot.token;
      } else {
        flush();
        run_first = run_last = slot.token;
      }
    } else {
      flush();
      const std::span<const Span> added = slot.spans();
      spans.insert(spans.end(), added.begin(), added.end());
    }
  }
  flush();
  const auto before = [](const Span& a, const Span& b) {
    return a.start < b.start || (a.start == b.start && a.end < b.end);
  };
  // Most phrases are runs of the sentence in order: sorting is the exception.
  if (!std::is_sorted(spans.begin(), spans.end(), before)) std::sort(spans.begin(), spans.end(), before);
  // Merge touching and overlapping spans in place.
  std::size_t kept = 0;
  for (const Span& span : spans) {
    if (span.empty()) continue;
    if (kept > 0 && span.start <= spans[kept - 1].end) {
      spans[kept - 1].end = std::max(spans[kept - 1].end, span.end);
    } else {
      spans[kept++] = span;
    }
  }
  spans.resize(kept);
  return spans;
}

bool attaches_left(std::string_view text) {
  switch (text.size()) {
    case 1:
      switch (text[0]) {
        case ',': case '.': case ';': case ':': case ')': case '%': case '!': case '?': return true;
        default: return false;
      }
    case 2: return text == "'s";
    case 3: return text == "\xE2\x80\x9D";
    default: return false;
  }
}

std::string SentenceDecomposer::render(const Phrase& phrase) const {
  std::string out;
  std::size_t size = 0;
  for (const Slot& slot : phrase) size += (slot.token >= 0 ? tok(slot.token).text.size() : slot.text().size()) + 3;
  out.reserve(size);
  int previous = -2;
  bool open = false;  // the previous slot was an opening bracket or quote
  bool owner_before = false;  // the previous slot owns, with the sentence's own mark next
  for (const Slot& slot : phrase) {
    std::string_view text = slot.token >= 0 ? tok(slot.token).text : slot.text();
    if (text.empty()) continue;
    bool space = !out.empty() && !open && !slot.attach_left && !attaches_left(text) && !owner_before;
    owner_before = false;
    // A straight quote that closes in the sentence (no space before it)
    // closes here too: 'his single "Classic Man"' after a cut comma.
    if (text == "\"" && slot.token > 0 && tok(slot.token - 1).end == tok(slot.token).begin) space = false;
    if (slot.token >= 0 && previous >= 0 && slot.token == previous + 1) {
      // Neighbours in the sentence keep the sentence's own spacing.
      space = tok(previous).end != tok(slot.token).begin;
    }
    if (space) out += ' ';
    const std::size_t at = out.size();
    out.append(text);
    // The sentence's first word moved inside a claim loses the capital it
    // had only for standing first ("the probe was using ...").
    if (slot.token == 0 && at > 0 && is_ascii_upper(static_cast<unsigned char>(out[at])) &&
        (tok(0).info.classes != 0 || tok(0).info.form != VerbForm::none) && tok(0).lower != "i") {
      out[at] = ascii_lower(out[at]);
    }
    open = text == "(" || text == "\xE2\x80\x9C";
    previous = slot.token;
    // (Not when the sentence's own apostrophe follows: "Dubois' first
    // fight" keeps its mark.)
    const std::size_t at_slot = static_cast<std::size_t>(&slot - phrase.data());
    const bool own_mark = at_slot + 1 < phrase.size() && phrase[at_slot + 1].token >= 0 &&
                          (tok(phrase[at_slot + 1].token).text == "'" ||
                           tok(phrase[at_slot + 1].token).text == "\xE2\x80\x99");
    owner_before = slot.possessive && own_mark;
    if (slot.possessive && !own_mark) {
      // "Harbor Foods' sales", not "Harbor Foods's": a name that ends as a
      // plural takes the apostrophe alone.
      const std::size_t word = out.find_last_of(' ') == std::string::npos ? 0 : out.find_last_of(' ') + 1;
      const bool plural_name = out.size() > word + 2 && out.back() == 's' && out[out.size() - 2] != 's' &&
                               is_ascii_upper(static_cast<unsigned char>(out[word]));
      out += plural_name ? "'" : "'s";
    }
  }
  return out;
}

std::size_t SentenceDecomposer::noun_phrase_start(const Indices& idx, std::size_t end,
                                                  std::size_t floor) const {
  // A name run ends the walk at its first word ("concerns in Iran" -> "Iran").
  std::size_t k = end;
  if (k > floor && tok(idx[k - 1]).capitalised && tok(idx[k - 1]).word) {
    // "the Transport Workers' Union": the plural possessive's apostrophe
    // is a token of its own.
    const auto apostrophe_in_name = [&](std::size_t at) {
      return tok(idx[at]).text == "'" && at > floor && tok(idx[at - 1]).possessive && tok(idx[at - 1]).capitalised;
    };
    // (Not a sentence's first word that only its position capitalises:
    // "The", "Whether Redcliffe".)
    const auto opening_function_word = [&](std::size_t at) {
      const Token& t = tok(idx[at]);
      return at == 0 && (is_determiner(t) || (t.info.kinds & english::k_subordinator) != 0 || t.lower == "whether" ||
                         t.lower == "if" || t.lower == "although" || t.lower == "though");
    };
    while (k > floor && ((tok(idx[k - 1]).word && (tok(idx[k - 1]).capitalised || tok(idx[k - 1]).lower == "of") &&
                          !opening_function_word(k - 1)) ||
                         apostrophe_in_name(k - 1))) {
      --k;
    }
    if (tok(idx[k]).lower == "of") ++k;
    // "the Harbour and Transport Workers' Union", "the Food and Drug
    // Administration": an "and" inside an organisation's name.
    if (k >= floor + 2 && is(idx[k - 1], "and") && tok(idx[k - 2]).word && tok(idx[k - 2]).capitalised &&
        has_kind(tok(idx[end - 1]), k_organisation_head)) {
      std::size_t before = k - 1;
      while (before > floor && tok(idx[before - 1]).word && tok(idx[before - 1]).capitalised &&
             !(before - 1 == 0 && is_determiner(tok(idx[before - 1])))) {
        --before;
      }
      if (before < k - 1) k = before;
    }
    // Keep a preceding possessive or adjective phrase only for titles:
    // "Iran's new President" is handled by the appositive rule.
    if (k > floor && is(idx[k - 1], "the")) --k;
    return k;
  }
  while (k > floor) {
    const Token& t = tok(idx[k - 1]);
    // An amount belongs to its noun: "$481,819 units", "77.0% units".
    const bool currency = is_currency_sign(t.text);
    const bool percent = t.text == "%" && k - 1 > floor && tok(idx[k - 2]).word &&
                         is_ascii_digit(static_cast<unsigned char>(tok(idx[k - 2]).text.front()));
    // "77.0% of capacity", "40 percent of revenue": the share is the noun phrase.
    const bool share_of = t.lower == "of" && k - 1 > floor &&
                          (tok(idx[k - 2]).text == "%" || tok(idx[k - 2]).lower == "percent" ||
                           tok(idx[k - 2]).lower == "cent");
    // "A Board of Trade inquiry": "of" inside a name.
    const bool name_of = t.lower == "of" && k - 1 > floor && k < idx.size() && tok(idx[k - 2]).capitalised &&
                         tok(idx[k - 2]).word && tok(idx[k]).capitalised;
    if (currency || percent || share_of || name_of) {
      --k;
      continue;
    }
    if (!t.word) break;
    if (is_determiner(t)) {
      --k;
      break;
    }
    if (is_preposition(t) || is_auxiliary(t) || t.lower == "and" || t.lower == "or") break;
    // "a single support agent": a base form between a modifier and the
    // noun it precedes is a noun too.
    // So is the phrase's last word after such a modifier: "the old record".
    const bool modifier = verb_form(t) == VerbForm::base && k - 1 > floor && tok(idx[k - 2]).word &&
                          !tok(idx[k - 2]).capitalised && tok(idx[k - 2]).info.form == VerbForm::none &&
                          (tok(idx[k - 2]).info.classes == 0 || is_determiner(tok(idx[k - 2])));
    if (verb_form(t) != VerbForm::none && verb_like(idx, k - 1) && !modifier) break;
    --k;
  }
  return k;
}

// ------------------------------------------------------------ the steps --

// Splits at ", and|but|yet|while|whereas|although|though" and ";" when the
// part after it is a clause of its own (a subject and then a verb).
std::vector<Indices> SentenceDecomposer::split_clauses(const Indices& idx) const {
  std::vector<Indices> clauses;
  Indices current;
  // Inside brackets nothing ends a clause: "Virginia Valli (born Virginia
  // McSweeney; May 5, 1895 - September 12, 1968) was ...".
  int brackets = 0;
  for (std::size_t k = 0; k < idx.size(); ++k) {
    if (tok(idx[k]).text == "(") ++brackets;
    if (tok(idx[k]).text == ")" && brackets > 0) --brackets;
    const bool semicolon = tok(idx[k]).text == ";" && brackets == 0;
    const bool concession = k + 1 < idx.size() && (is(idx[k + 1], "while") || is(idx[k + 1], "although") ||
                                                   is(idx[k + 1], "though"));
    const bool comma_conjunction =
        brackets == 0 && is_comma(idx[k]) && k + 1 < idx.size() && !(concession && verbless_concession(idx, k + 2)) &&
        (is(idx[k + 1], "and") || is(idx[k + 1], "but") || is(idx[k + 1], "yet") ||
         is(idx[k + 1], "while") || is(idx[k + 1], "whereas") || is(idx[k + 1], "although") ||
         is(idx[k + 1], "though") || is(idx[k + 1], "so") ||
         // A closing ", when X happened" is a clause of its own; one with a
         // comma after it ("during an attack, when systems fail, buildings
         // ...") is a parenthetical inside the main clause.
         (is(idx[k + 1], "when") &&
          std::none_of(idx.begin() + static_cast<std::ptrdiff_t>(k + 2), idx.end(), [&](int t) { return is_comma(t); })));
    // "Earth, Jupiter, and Mars are planets": before a clause's ", and"
    // stands a clause with a verb; without one, the comma ends an item of
    // a list.
    const auto verbless = [&](auto begin, auto end) {
      return std::none_of(begin, end, [&](int t) {
        return tok(t).word && (is_auxiliary(tok(t)) || verb_form(tok(t)) != VerbForm::none);
      });
    };
    bool list_item = comma_conjunction && is(idx[k + 1], "and") && verbless(current.begin(), current.end());
    // "realized through the use of advanced materials, efficient designs,
    // and rigorous testing and quality control processes": after a verbless
    // item of a comma list, ", and" brings the last item, unless a verb
    // that carries a tense follows ("..., and unemployment fell").
    if (comma_conjunction && !list_item && is(idx[k + 1], "and")) {
      const auto previous_comma = std::find_if(current.rbegin(), current.rend(), [&](int t) { return is_comma(t); });
      if (previous_comma != current.rend()) {
        const auto item_begin = previous_comma.base();
        const bool short_item = current.end() - item_begin > 0 && current.end() - item_begin <= 4;
        bool tensed_after = false;
        for (std::size_t j = k + 2; j < idx.size() && !tensed_after; ++j) {
          const Token& t = tok(idx[j]);
          // (A last word in -s is a plural: "quality control processes".)
          const bool last = j + 1 == idx.size() || !tok(idx[j + 1]).word;
          // ("born" is never a finite verb: "..., and director born on".)
          // (Nor one joined to an adjective: "simplified and efficient
          // memory management".)
          const bool adjective_pair = j + 2 < idx.size() && is(idx[j + 1], "and") && tok(idx[j + 2]).word &&
                                      tok(idx[j + 2]).info.form == VerbForm::none && tok(idx[j + 2]).info.classes == 0;
          // (Nor is a participle that places the item: "..., and
          // entrepreneur based in Los Angeles".)
          const bool placing = has_kind(t, k_place_participle) && j + 1 < idx.size() && tok(idx[j + 1]).word &&
                               is_preposition(tok(idx[j + 1]));
          tensed_after = t.word && !t.capitalised && t.lower != "born" && !placing &&
                         (is_auxiliary(t) || (t.info.form == VerbForm::past && !adjective_pair) ||
                          (t.info.form == VerbForm::third_person && !last));
        }
        // (The item's last word may read as a verb: "efficient designs".)
        const bool item_verbless = short_item && verbless(item_begin, current.end() - 1) &&
                                   !is_auxiliary(tok(current.back())) && !is_pronoun(tok(current.back()));
        list_item = item_verbless && !tensed_after;
      }
    }
    // "including the films My Tutor Friend (2003), The Unforgiven (2005),
    // and My Girlfriend is an Agent (2009)": titles each with its year in
    // brackets are items of a list, whatever verbs the titles hold.
    const auto dated_title_end = [&](std::size_t close) {
      return close >= 2 && tok(idx[close]).text == ")" && tok(idx[close - 2]).text == "(" &&
             tok(idx[close - 1]).text.size() == 4 && all_digits(tok(idx[close - 1]).text);
    };
    bool title_item = false;
    if (comma_conjunction && is(idx[k + 1], "and") && k >= 3 && dated_title_end(k - 1) && k + 2 < idx.size() &&
        tok(idx[k + 2]).capitalised) {
      std::size_t end = idx.size();
      while (end > k + 2 && !tok(idx[end - 1]).word && tok(idx[end - 1]).text != ")") --end;
      // (A citation mark may follow: "(2009)[1]".)
      title_item = end > k + 2 && dated_title_end(end - 1);
    }
    if ((semicolon || comma_conjunction) && !current.empty() && !list_item && !title_item) {
      Indices rest(idx.begin() + static_cast<std::ptrdiff_t>(k + (semicolon ? 1 : 2)), idx.end());
      if (!rest.empty() && is(rest.front(), "even")) rest.erase(rest.begin());  // "even though"
      // ", and as a result, it cut jobs": the clause starts after the
      // connective (which process_clause drops).
      const std::size_t connective = opens_with_connective(rest, 0);
      if (connective > 0) rest.erase(rest.begin(), rest.begin() + static_cast<std::ptrdiff_t>(connective));
      int v = find_main_verb(rest, 0);
      // ", and the library, which closed in 2022, has not reopened": a
      // relative clause stands between the subject and its verb.
      if (v < 0) {
        std::size_t comma = 1;
        while (comma < rest.size() && comma <= 5 && !is_comma(rest[comma])) ++comma;
        // ", and Dan Okafor, Penmoor's number eight, crashed over": so
        // does a description of the name.
        bool described_name = comma + 1 < rest.size() && comma <= 5 && is_name_run(rest, 0, comma) &&
                              (is_determiner(tok(rest[comma + 1])) || tok(rest[comma + 1]).possessive);
        // ", and his mother, Ann, kept": a name in apposition; ", and his
        // grandfather, a brigadier, was awarded": a description.
        if (!described_name && comma + 1 < rest.size() && comma <= 4 &&
            (is_determiner(tok(rest[0])) || is_personal_possessive(tok(rest[0]).lower))) {
          std::size_t second = comma + 1;
          while (second < rest.size() && !is_comma(rest[second])) ++second;
          const bool description = (is(rest[comma + 1], "a") || is(rest[comma + 1], "an")) && second - comma - 1 <= 5 &&
                                   !verb_follows(rest, comma + 2, second);
          described_name = second < rest.size() && second - comma - 1 <= 4 && is_name_run(rest, comma + 1, second);
          described_name = described_name || (second < rest.size() && description);
          // ", and the Aske Bridge, now closed to motor traffic, was listed":
          // a participle's phrase.
          const std::size_t participle = comma + 1 + (comma + 2 < second && is_adverb_of_degree_or_time(tok(rest[comma + 1])) ? 1 : 0);
          described_name = described_name || (second < rest.size() && second - comma - 1 <= 7 && participle < second &&
                                              verb_form(tok(rest[participle])) == VerbForm::past &&
                                              !is_auxiliary(tok(rest[participle])));
        }
        if (comma + 1 < rest.size() && comma <= 5 &&
            (is(rest[comma + 1], "which") || is(rest[comma + 1], "who") || is(rest[comma + 1], "whose") ||
             described_name)) {
          const int past = find_verb_past_parentheticals(rest);
          if (past > static_cast<int>(comma)) v = past;
        }
      }
      // ", and activist best known for his role": a participle, no clause.
      if (v > 0 && is(rest[static_cast<std::size_t>(v)], "known") && !is_auxiliary(tok(rest[static_cast<std::size_t>(v) - 1]))) {
        v = -1;
      }
      // ", and has performed at festivals" goes on with the same subject:
      // a verb phrase, not a clause (the verb-phrase split carries the
      // subject).
      // A bare verb ("but keep in mind") may open an instruction instead.
      // ", and later studied at the Sorbonne": adverbs before the verb too.
      std::size_t head = 0;
      // (", and actively works to create ...": an -ly adverb too.)
      while (head + 1 < rest.size() &&
             (is_adverb_of_degree_or_time(tok(rest[head])) || is_adverb_before_verb(tok(rest[head]))) &&
             !is_auxiliary(tok(rest[head]))) {
        ++head;
      }
      // ", and to create brand loyalty": an infinitive of the list before,
      // no clause.
      const bool infinitive = !rest.empty() && is(rest.front(), "to");
      const bool verb_phrase = infinitive || (!semicolon && !rest.empty() && rest.front() == idx[k + 2] &&
                               (is_auxiliary(tok(rest[head])) ||
                                (verb_like(rest, head) && (tok(rest[head]).info.form == VerbForm::past ||
                                                           tok(rest[head]).info.form == VerbForm::third_person))));
      if (v > 0 && !verb_phrase) {
        clauses.push_back(std::move(current));
        current.clear();
        k += semicolon ? 0 : 1;
        if (k + 1 < idx.size() && is(idx[k + 1], "even")) ++k;
        continue;
      }
    }
    current.push_back(idx[k]);
  }
  if (!current.empty()) clauses.push_back(std::move(current));
  return clauses;
}

// A verb's form, where "cut" and "reset" (past as well as base forms) count
// as past: in a list after "closed", "reset" is past.
VerbForm form_in_list(const Token& t) {
  return has_kind(t, k_past_as_base) ? VerbForm::past : t.info.form;
}

// Two verbs in the same tense, for a list of verb phrases: "closed" and
// "sold", "closed" and "reset".
bool same_tense(const Token& a, const Token& b) {
  const VerbForm f = form_in_list(a);
  return f != VerbForm::none && f != VerbForm::gerund && f == form_in_list(b);
}

// A word that reads as a regular plural: "residents", "votes" (not "class",
// "bus", "analysis").
// Plurals without an -s: "Children are", "The bacteria were found".
bool is_irregular_plural(std::string_view word) {
  return has_kind(word, k_irregular_plural);
}

// Not "nucleus", "census", "analysis", "crisis".
bool reads_as_plural(std::string_view word) {
  return is_irregular_plural(word) || (word.size() > 3 && word.ends_with("s") && !word.ends_with("ss") &&
                                       !word.ends_with("us") && !word.ends_with("is"));
}

// Whether a rendered source names several people or bodies: "Several
// residents", "officials", "they" (not "Coastline Power", "the ministry's").
bool plural_who(std::string_view who) {
  const std::string_view last = who.substr(who.rfind(' ') == std::string_view::npos ? 0 : who.rfind(' ') + 1);
  if (last == "they" || last == "They" || last == "we" || last == "We") return true;
  return reads_as_plural(last) && !last.ends_with("'s") &&
         (last.size() == who.size() || !is_ascii_upper(static_cast<unsigned char>(last.front())));
}

// Whether a source names who it is. "Smith", "the ministry" and "the
// state drought monitor" do; "some analysts", "officials", "a Kenyan
// official", "Farmers' groups" and "shop owners on Mill Street" do not:
// their head noun is a common noun and nothing makes it definite.
bool is_vague_who(const std::vector<Token>& tokens, const Indices& who) {
  // The head: the last word before a preposition or a comma.
  std::size_t end = who.size();
  for (std::size_t k = 1; k < who.size(); ++k) {
    const Token& t = tokens[static_cast<std::size_t>(who[k])];
    if (!t.word || (is_preposition(t) && !t.capitalised)) {
      end = k;
      break;
    }
  }
  if (end == 0) return false;
  const Token& first = tokens[static_cast<std::size_t>(who[0])];
  const Token& head = tokens[static_cast<std::size_t>(who[end - 1])];
  if (!head.word) return false;
  // "she said": one person the text has named, even when the decomposer
  // cannot tell who; not an unnamed source.
  if (end == 1 && (head.lower == "he" || head.lower == "she")) return false;
  // A capital proves a name except at the start of a sentence, where a
  // plural common noun ("Historians", "Critics") is capitalised too.
  const bool head_named = head.capitalised &&
                          (end - 1 > 0 || !(is_vague_source(head) || (head.lower.size() > 3 && head.lower.ends_with("s") &&
                                                                   head.info.form == VerbForm::none)));
  if (head_named) return false;
  const bool definite = first.lower == "the" || first.lower == "this" || first.lower == "these" ||
                        first.lower == "its" || first.lower == "their" || first.lower == "his" ||
                        first.lower == "her" || (first.possessive && first.capitalised && end > 1);
  if (definite) return false;
  // A document can be looked up: "a study published in Marine Ecology
  // Letters", "a council report".
  if (has_kind(head, k_document_noun)) return false;
  return true;
}

void SentenceDecomposer::strip_fronted(Indices& idx, Context& context) {
  for (int guard = 0; guard < 6 && !idx.empty(); ++guard) {
    const Token& first = tok(idx[0]);
    if (!first.word) {
      if (first.text == "\"" || first.text == "(" || first.text == "\xE2\x80\x9C") break;
      idx.erase(idx.begin());
      continue;
    }
    // "Today," dates what follows, unlike "However,".
    if (idx.size() > 2 && first.lower == "today" && is_comma(idx[1])) {
      if (!context.frame.empty()) {
        Slot comma_slot = added_.slot(",");
        comma_slot.attach_left = true;
        context.frame.push_back(comma_slot);
      }
      context.frame.push_back(Slot{idx[0], nullptr, false, false});
      idx.erase(idx.begin(), idx.begin() + 2);
      continue;
    }
    // "Even during an attack," / "Even if ...,": the frame without the
    // emphasis.
    if (idx.size() > 3 && (first.lower == "even" || first.lower == "only") && tok(idx[1]).word &&
        (opens_frame(tok(idx[1])) || is(idx[1], "when") || is(idx[1], "if") || is(idx[1], "after") ||
         is(idx[1], "before") || is(idx[1], "during"))) {
      idx.erase(idx.begin());
      continue;
    }
    // "However," / "In addition," / "As a result,"
    if (idx.size() > 2 && is_discourse_marker(first) && is_comma(idx[1])) {
      idx.erase(idx.begin(), idx.begin() + 2);
      continue;
    }
    if (is_discourse_marker(first) && (first.lower == "and" || first.lower == "but" || first.lower == "so")) {
      idx.erase(idx.begin());
      continue;
    }
    // "In 1968 she joined the institute": a year frame needs no comma
    // before a pronoun or a name.
    if (idx.size() > 4 && (first.lower == "in" || first.lower == "by" || first.lower == "since") &&
        tok(idx[1]).text.size() == 4 && all_digits(tok(idx[1]).text) && tok(idx[2]).word &&
        (tok(idx[2]).lower == "he" || tok(idx[2]).lower == "she" || tok(idx[2]).lower == "they" ||
         tok(idx[2]).lower == "it" || tok(idx[2]).lower == "we" || (tok(idx[2]).capitalised && !is_title(tok(idx[2]))))) {
      Phrase frame = slots(idx, 0, 2);
      replace_dated_frame(context.frame);
      if (!context.frame.empty()) {
        Slot comma_slot = added_.slot(",");
        comma_slot.attach_left = true;
        context.frame.push_back(comma_slot);
      }
      context.frame.insert(context.frame.end(), frame.begin(), frame.end());
      idx.erase(idx.begin(), idx.begin() + 2);
      continue;
    }
    std::size_t comma = 0;
    for (std::size_t k = 1; k < idx.size() && k < 20; ++k) {
      if (is_comma(idx[k])) {
        comma = k;
        break;
      }
    }
    if (comma == 0 || comma + 1 >= idx.size()) break;
    // "On a cold, bright afternoon at Calder Park, Harwick Rovers beat": a
    // comma between two adjectives stays inside the frame.
    if (opens_frame(first) && comma + 2 < idx.size()) {
      const Token& before = tok(idx[comma - 1]);
      const Token& after = tok(idx[comma + 1]);
      const auto plain = [](const Token& t, bool participle) {
        return t.word && !t.capitalised && (t.info.classes & ~std::uint32_t{k_is_adverb_of_degree_or_time}) == 0 &&
               (t.info.form == VerbForm::none || (participle && t.info.form == VerbForm::past)) &&
               !is_ascii_digit(static_cast<unsigned char>(t.text.front()));
      };
      // "a long, detailed report": the second may be a participle. The
      // first follows an article, the second goes before a noun (not "In
      // the crater, temperatures never rise").
      const Token& noun = tok(idx[comma + 2]);
      const bool adjectives = comma >= 2 && is_determiner(tok(idx[comma - 2])) && noun.word && !noun.capitalised &&
                              noun.info.classes == 0 && (noun.info.form == VerbForm::none || noun.info.form == VerbForm::base);
      if (adjectives && plain(before, false) && plain(after, true)) {
        std::size_t next_comma = comma + 2;
        // A base form here is the noun ("report"), a tensed verb the clause's.
        while (next_comma < idx.size() && next_comma < comma + 15 && !is_comma(idx[next_comma]) &&
               !(verb_like(idx, next_comma) && verb_form(tok(idx[next_comma])) != VerbForm::base)) {
          ++next_comma;
        }
        if (next_comma + 1 < idx.size() && is_comma(idx[next_comma])) comma = next_comma;
      }
    }
    if (opens_with_connective(idx, 0) == comma + 1) {
      idx.erase(idx.begin(), idx.begin() + static_cast<std::ptrdiff_t>(comma + 1));
      continue;
    }
    if (first.lower == "according" && idx.size() > 2 && is(idx[1], "to")) {
      Indices who(idx.begin() + 2, idx.begin() + static_cast<std::ptrdiff_t>(comma));
      Phrase phrase;
      for (int t : who) phrase.push_back(Slot{t, nullptr, false, false});
      context.attribution = source_attribution(phrase, is_vague_who(tokens_, who));
      // "According to a report by Greyline Security, the firm hired by
      // Halvard to investigate, the attackers ...": a description of the
      // source goes with it, not into the claim.
      std::size_t end = comma + 1;
      if (end + 1 < idx.size() && is_determiner(tok(idx[end]))) {
        std::size_t second = end + 1;
        while (second < idx.size() && second < end + 12 && !is_comma(idx[second])) ++second;
        bool tensed = false;
        for (std::size_t j = end + 1; j < second && !tensed; ++j) {
          tensed = is_auxiliary(tok(idx[j])) || verb_form(tok(idx[j])) == VerbForm::third_person;
        }
        // Not the subject with an appositive or relative clause of its own:
        // "the plant, which opened in 1990, employs".
        const bool description = second >= end + 3 && second + 2 < idx.size() && is_comma(idx[second]) && !tensed &&
                                 (is_determiner(tok(idx[second + 1])) || tok(idx[second + 1]).capitalised) &&
                                 find_main_verb(idx, second + 1) > static_cast<int>(second + 1);
        if (description) end = second + 1;
      }
      // "According to the report, published on Tuesday, unemployment rose":
      // the participle describes the source ("The report was published on
      // Tuesday"), not the clause's subject.
      if (end + 2 < idx.size() && tok(idx[end]).word && !tok(idx[end]).capitalised &&
          verb_form(tok(idx[end])) == VerbForm::past && !is_auxiliary(tok(idx[end]))) {
        std::size_t second = end + 1;
        while (second < idx.size() && second < end + 10 && !is_comma(idx[second])) ++second;
        if (second + 1 < idx.size() && is_comma(idx[second]) && find_main_verb(idx, second + 1) > static_cast<int>(second + 1)) {
          Phrase predicate{added_.slot("was")};
          for (std::size_t j = end; j < second; ++j) predicate.push_back(Slot{idx[j], nullptr, false, false});
          Context about_source;
          about_source.frame = context.frame;
          std::vector<std::string> ambiguous;
          emit(phrase, predicate, about_source, true, ambiguous);
          end = second + 1;
        }
      }
      // "According to the report, which was published on Tuesday, crime
      // fell": the relative clause is about the source too.
      if (end + 2 < idx.size() && (is(idx[end], "which") || is(idx[end], "who"))) {
        std::size_t second = end + 1;
        while (second < idx.size() && second < end + 12 && !is_comma(idx[second])) ++second;
        if (second + 1 < idx.size() && is_comma(idx[second]) && verb_like(idx, end + 1) &&
            find_main_verb(idx, second + 1) > static_cast<int>(second + 1)) {
          Phrase predicate;
          for (std::size_t j = end + 1; j < second; ++j) predicate.push_back(Slot{idx[j], nullptr, false, false});
          Context about_source;
          about_source.frame = context.frame;
          std::vector<std::string> ambiguous;
          emit(phrase, predicate, about_source, true, ambiguous);
          end = second + 1;
        }
      }
      idx.erase(idx.begin(), idx.begin() + static_cast<std::ptrdiff_t>(end));
      continue;
    }
    // "In Kestlehaven, where the harbour wall was breached, seawater
    // flooded ...": what happened where the frame places it is a claim of
    // its own, framed the same way.
    if (first.lower == "where" && !context.frame.empty()) {
      Indices clause(idx.begin() + 1, idx.begin() + static_cast<std::ptrdiff_t>(comma));
      if (find_main_verb(clause, 0) > 0) {
        Context sub;
        sub.frame = context.frame;
        process_clause(std::move(clause), std::move(sub), std::nullopt);
        idx.erase(idx.begin(), idx.begin() + static_cast<std::ptrdiff_t>(comma + 1));
        continue;
      }
    }
    if (opens_concession(first)) {
      // "Despite these tensions," adds nothing checkable to the claim; a
      // concessive clause with its own verb becomes its own claim.
      Indices clause(idx.begin() + 1, idx.begin() + static_cast<std::ptrdiff_t>(comma));
      if (!clause.empty() && is(clause.front(), "though")) clause.erase(clause.begin());  // "even though"
      if (first.lower != "despite" && first.lower != "notwithstanding" && find_main_verb(clause, 0) > 0) {
        Context sub;
        sub.frame = context.frame;
        process_clause(std::move(clause), std::move(sub), std::nullopt);
      }
      idx.erase(idx.begin(), idx.begin() + static_cast<std::ptrdiff_t>(comma + 1));
      continue;
    }
    // "Using a radar built in Italy, the probe ...": a participle with no
    // subject of its own describes the clause's subject.
    {
      const VerbForm form = verb_form(first);
      // Not when the phrase has a finite verb of its own ("Ironworking was
      // introduced to Africa, and it ..." is a clause about ironworking),
      // nor when a conjunction follows the comma (the next clause has its
      // own subject).
      bool finite = false;
      for (std::size_t k = 1; k < comma && !finite; ++k) {
        const Token& t = tok(idx[k]);
        // "of pension funds": a plural noun after a modifier in a
        // prepositional phrase, not a verb.
        const bool plural_noun = verb_form(t) == VerbForm::third_person && k >= 2 &&
                                 tok(idx[k - 1]).word && !tok(idx[k - 1]).capitalised &&
                                 tok(idx[k - 1]).info.classes == 0 && tok(idx[k - 1]).info.form == VerbForm::none &&
                                 (is_preposition(tok(idx[k - 2])) || is_determiner(tok(idx[k - 2])));
        finite = verb_like(idx, k) && (is_auxiliary(t) || (verb_form(t) == VerbForm::third_person && !plural_noun));
      }
      const std::string_view after = tok(idx[comma + 1]).lower;
      const bool conjunction = after == "and" || after == "but" || after == "or" || after == "so" || after == "yet";
      if ((form == VerbForm::gerund || form == VerbForm::past) && !is_auxiliary(first) && !finite && !conjunction &&
          !has_kind(first, k_not_participle) && find_main_verb(idx, comma + 1) > static_cast<int>(comma + 1)) {
        context.fronted_participle.assign(idx.begin(), idx.begin() + static_cast<std::ptrdiff_t>(comma));
        idx.erase(idx.begin(), idx.begin() + static_cast<std::ptrdiff_t>(comma + 1));
        continue;
      }
    }
    bool frame_word = opens_frame(first) || first.lower == "following" ||
                      first.lower == "on" || first.lower == "in";
    // "Two years ago," is a time; "Two teachers, led by a nurse," is the subject.
    if (frame_word && (first.lower == "two" || first.lower == "three" || first.lower == "several")) {
      bool time = false;
      // (A unit of time, not "earlier" alone: "Two earlier bidders, one of
      // them ...," is the subject.)
      for (std::size_t k = 1; k < comma && !time; ++k) {
        time = has_kind(tok(idx[k]), k_time_unit) && !is(idx[k], "earlier") && !is(idx[k], "later") &&
               !is(idx[k], "ago");
      }
      frame_word = time;
    }
    // "Ten years ago,", "A decade later,", "20 years earlier,": an amount
    // of time before "ago" or "later" is a time too.
    if (!frame_word && comma >= 3 && (first.info.cardinal || all_digits(first.text) || first.lower == "a") &&
        has_kind(tok(idx[comma - 2]), k_time_unit)) {
      const std::string_view last = tok(idx[comma - 1]).lower;
      frame_word = last == "ago" || last == "later" || last == "earlier";
    }
    // A fronted frame has no verb of its own before its comma, or is a
    // subordinate clause opened by a time/condition word.
    Indices head(idx.begin(), idx.begin() + static_cast<std::ptrdiff_t>(comma));
    const bool subordinate = first.lower == "when" || first.lower == "after" || first.lower == "before" ||
                             first.lower == "since" || first.lower == "once" || first.lower == "if" ||
                             first.lower == "unless" || first.lower == "as" || first.lower == "while" ||
                             first.lower == "until";
    if (frame_word && (subordinate || find_main_verb(head, 1) < 0)) {
      Phrase frame = slots(idx, 0, comma);
      // "Since then," after a sentence about one year: that year.
      if (frame.size() == 2 && is(frame[1].token, "then") &&
          (first.lower == "since" || first.lower == "by" || first.lower == "until") && !state_.recent.empty() &&
          state_.recent.back().number + 1 == state_.sentence_number && state_.recent.back().year) {
        frame[1] = added_.slot(state_.recent.back().year->text, state_.recent.back().year->spans);
      }
      if (names_year(frame)) replace_dated_frame(context.frame);
      if (!context.frame.empty()) {
        Slot comma_slot = added_.slot(",");
        comma_slot.attach_left = true;
        context.frame.push_back(comma_slot);
      }
      context.frame.insert(context.frame.end(), frame.begin(), frame.end());
      idx.erase(idx.begin(), idx.begin() + static_cast<std::ptrdiff_t>(comma + 1));
      continue;
    }
    break;
  }
}

bool mentions_group(const std::vector<Token>& tokens, const Phrase& phrase) {
  for (std::size_t k = 0; k < phrase.size(); ++k) {
    const Slot& slot = phrase[k];
    if (slot.token < 0) continue;
    const std::string_view w = tokens[static_cast<std::size_t>(slot.token)].lower;
    if (is_collective_predicate(tokens[static_cast<std::size_t>(slot.token)]) || w == "their" || w == "them" || w == "themselves" ||
        w == "they" || w == "other" || w == "another" || w == "both" || w == "respectively") {
      return true;
    }
  }
  return false;
}

bool SentenceDecomposer::negated_report(const Indices& idx, std::size_t speech_verb) const {
  std::size_t k = speech_verb;
  while (k < idx.size() && (is_auxiliary(tok(idx[k])) || is_adverb_of_degree_or_time(tok(idx[k])))) ++k;
  if (k >= idx.size()) return false;
  const std::string_view verb = tok(idx[k]).lower;
  if (!is_attribution_verb(verb) && !is_inference_verb(verb)) return false;
  // Not an act done to a thing: "denied the report", "denies this",
  // "denies wrongdoing" (no clause after it).
  const bool denial = verb == "denied" || verb == "denies" || verb == "deny" || verb == "doubt" || verb == "doubts" ||
                      verb == "doubted";
  // (Up to a coordinated verb phrase: "denied the charges and was released
  // on bail" is two acts.)
  const auto no_clause_after = [&] {
    const Indices object(idx.begin(),
                         idx.begin() + static_cast<std::ptrdiff_t>(coordinated_verb_phrase_at(idx, k + 1)));
    return find_main_verb(object, k + 2) < 0;
  };
  if (k + 1 < idx.size() && (is_determiner(tok(idx[k + 1])) || is_pronoun(tok(idx[k + 1])) || denial) &&
      !is(idx[k + 1], "that") && no_clause_after()) {
    return false;
  }
  if (denial) return true;
  // A negation in the verb group or just before it ("I don't", "did not",
  // "never").
  for (std::size_t j = speech_verb >= 2 ? speech_verb - 2 : 0; j < k; ++j) {
    if (is_negation(tok(idx[j]).lower) || is(idx[j], "no")) return true;
  }
  // Or a speaker who is no one: "Nobody said that ...", "No official
  // confirmed that ...".
  const std::string_view first = tok(idx[0]).lower;
  return first == "nobody" || first == "none" || first == "neither" ||
         (first == "no" && idx.size() > 1 && !is_comma(idx[1]));
}

std::optional<Side> SentenceDecomposer::owned_role_description(Indices& idx, int& v, bool past) const {
  const std::size_t verb = static_cast<std::size_t>(v);
  std::size_t name = verb;
  while (name > 0 && tok(idx[name - 1]).word && tok(idx[name - 1]).capitalised && tok(idx[name - 1]).info.classes == 0 &&
         !tok(idx[name - 1]).possessive) {
    --name;
  }
  // (Plain words: not "nine-member", whose hyphen makes an adjective. A
  // title is a role too: "The club's chairman Graham Pell".)
  std::size_t role = name;
  while (role > 0 && role + 3 > name && tok(idx[role - 1]).word && !tok(idx[role - 1]).capitalised &&
         (tok(idx[role - 1]).info.classes == 0 || tok(idx[role - 1]).info.classes == k_is_title) &&
         tok(idx[role - 1]).info.form == VerbForm::none &&
         !tok(idx[role - 1]).possessive &&
         std::all_of(tok(idx[role - 1]).lower.begin(), tok(idx[role - 1]).lower.end(),
                     [](char c) { return c >= 'a' && c <= 'z'; })) {
    --role;
  }
  // (A name's or a noun's possessive, not "That's" or "it's".)
  const auto owner_at = [&](std::size_t j) {
    const Token& t = tok(idx[j]);
    return t.word && ((t.possessive && t.info.classes == 0) || t.lower == "his" || t.lower == "her" ||
                      t.lower == "their" || t.lower == "its");
  };
  if (!(role > 0 && role < name && name < verb && owner_at(role - 1))) return std::nullopt;
  // The owner is the whole subject before the role: "The club's", "Her";
  // not one of two ("Governor Reagan and his new Republican Party").
  for (std::size_t j = 0; j + 1 < role; ++j) {
    if (!tok(idx[j]).word || verb_like(idx, j) || is_comma(idx[j]) || is(idx[j], "and") || is(idx[j], "or")) {
      return std::nullopt;
    }
  }
  // A person holds a role; a party or firm does not.
  if (ends_organisation_name(tok(idx[verb - 1]).lower)) return std::nullopt;
  Side side;
  side.subject = slots(idx, name, verb);
  side.copula = past && sentence_names_year() ? "was" : "is";
  side.rest.assign(idx.begin(), idx.begin() + static_cast<std::ptrdiff_t>(name));
  idx.erase(idx.begin(), idx.begin() + static_cast<std::ptrdiff_t>(name));
  v = static_cast<int>(verb - name);
  return side;
}

std::optional<Side> SentenceDecomposer::part_of_plural(Indices& idx, std::size_t k, std::size_t close, int v,
                                                       std::size_t group_end, bool past) const {
  const std::size_t next = k + 1;
  const bool mid = close < idx.size();
  const std::size_t cut_end = mid ? close + 1 : idx.size();
  std::size_t part = next;
  if (is(idx[part], "the") && part + 1 < close) ++part;
  const std::string_view q = tok(idx[part]).lower;
  const bool quantity = q == "most" || q == "many" || q == "some" || q == "all" || q == "several" ||
                        q == "few" || q == "half" || q == "none" || q == "both" || q == "one" ||
                        tok(idx[part]).info.cardinal ||
                        has_kind(tok(idx[part]), k_ordinal) || (part > next && q.ends_with("est"));
  // Between two commas only before the clause's verb ("two bidders, one
  // of them from the United States, had pulled out"); not before a
  // description of its own (", most of them to Drayford, about 140
  // miles up the coast").
  const int verb_after = mid ? find_main_verb(idx, close + 1) : -1;
  const bool placed = !mid || verb_after == static_cast<int>(close + 1);
  if (quantity && placed && part + 3 < close && is(idx[part + 1], "of") && is(idx[part + 2], "them") && k >= 2 &&
      tok(idx[k - 1]).word) {
    // ", most of them through voluntary redundancy", ", most of them to
    // Drayford": a phrase of the clause's verb, which is left out; "them"
    // is that verb's subject, and the verb goes in again.
    const std::string_view p = tok(idx[part + 3]).lower;
    const bool elided_verb = p == "to" || p == "through" || p == "by" || p == "via" || p == "into" || p == "for" ||
                             p == "towards";
    const auto amount_word = [&](std::size_t j) {
      const Token& t = tok(idx[j]);
      return t.word && (t.info.cardinal || is_ascii_digit(static_cast<unsigned char>(t.text.front())) ||
                        t.lower == "more" || t.lower == "than" || t.lower == "about" || t.lower == "over" ||
                        t.lower == "nearly" || t.lower == "million" || t.lower == "billion");
    };
    // After a clause that ends on its verb ("More than 600 coins were
    // found, the latest of them"), "them" is the subject.
    std::size_t np_end = k;
    std::size_t np = noun_phrase_start(idx, k, 0);
    const bool subject_owner = v > 0 && static_cast<std::size_t>(v) < k && (group_end == k || elided_verb);
    if (subject_owner) {
      np = 0;
      np_end = static_cast<std::size_t>(v);
    }
    // ("debts of about 21 million pounds, most of them": the amount's noun.)
    std::size_t amount = np;
    while (amount > 0 && amount_word(amount - 1)) --amount;
    if (np_end == k && amount >= 2 && is(idx[amount - 1], "of") && (amount < np || amount_word(np))) {
      np_end = amount - 1;
      np = noun_phrase_start(idx, np_end, 0);
    }
    // Without the amount or article it opened with: "more than 600
    // coins" -> "the coins".
    std::size_t head = np;
    while (head < k && tok(idx[head]).word &&
           (is_determiner(tok(idx[head])) || tok(idx[head]).info.cardinal ||
            is_ascii_digit(static_cast<unsigned char>(tok(idx[head]).text.front())) || is(idx[head], "more") ||
            is(idx[head], "than") || is(idx[head], "about") || is(idx[head], "over") || is(idx[head], "nearly"))) {
      ++head;
    }
    std::size_t plural_end = head;
    while (plural_end < np_end && tok(idx[plural_end]).word && !is_preposition(tok(idx[plural_end]))) ++plural_end;
    if (head < plural_end && reads_as_plural(tok(idx[plural_end - 1]).lower) && !tok(idx[plural_end - 1]).capitalised) {
      Side side;
      side.subject = slots(idx, next, part + 2);  // "most of", "the latest of"
      side.subject.push_back(added_.slot("the"));
      Phrase noun = slots(idx, head, subject_owner ? np_end : k);
      side.subject.insert(side.subject.end(), noun.begin(), noun.end());
      const bool one = q == "one" || q == "none";
      // (Between the subject and its verb, that verb's tense.)
      const bool was = mid ? past_after(idx, close + 1, past) : past;
      side.copula = one ? (was ? "was" : "is") : (was ? "were" : "are");
      side.rest.clear();
      if (elided_verb) {
        side.copula = " ";  // the clause's own verb group instead
        side.rest.assign(idx.begin() + static_cast<std::ptrdiff_t>(v), idx.begin() + static_cast<std::ptrdiff_t>(group_end));
      }
      side.rest.insert(side.rest.end(), idx.begin() + static_cast<std::ptrdiff_t>(part + 3),
                       idx.begin() + static_cast<std::ptrdiff_t>(close));
      idx.erase(idx.begin() + static_cast<std::ptrdiff_t>(k), idx.begin() + static_cast<std::ptrdiff_t>(cut_end));
      return side;
    }
  }
  return std::nullopt;
}

std::optional<Indices> SentenceDecomposer::gapped_clause(Indices& idx, std::size_t v) const {
  const auto number_at = [&](std::size_t j) {
    return tok(idx[j]).word && is_ascii_digit(static_cast<unsigned char>(tok(idx[j]).text.front()));
  };
  const std::size_t group_end = verb_group_end(idx, v);
  std::size_t end = idx.size();
  while (end > group_end && !tok(idx[end - 1]).word && tok(idx[end - 1]).text != "%") --end;
  // The last "and", with a verbless subject and one amount after it.
  std::size_t and_at = end;
  for (std::size_t j = end; j-- > group_end + 1;) {
    if (is(idx[j], "and")) {
      and_at = j;
      break;
    }
  }
  if (and_at + 3 > end) return std::nullopt;
  // Words that may stand before the number: "about 3,100", "more than
  // 40", "by 2%".
  const auto qualifier = [&](std::size_t j) {
    const std::string_view w = tok(idx[j]).lower;
    return w == "about" || w == "around" || w == "nearly" || w == "almost" || w == "just" || w == "over" ||
           w == "under" || w == "more" || w == "less" || w == "fewer" || w == "than" || w == "roughly" ||
           w == "only" || w == "by";
  };
  // The second subject: "the first officer", "the Conservatives", "profit".
  // (Not "to bust the budget 277 times", "not 1966".)
  const Token& opener = tok(idx[and_at + 1]);
  if (!opener.word || is_pronoun(opener) || is_auxiliary(opener) || is_preposition(opener) || opener.lower == "to" ||
      is_negation(opener.lower) || opener.lower == "a" || opener.lower == "an" ||
      !(is_determiner(opener) || opener.capitalised || opener.info.classes == 0) ||
      opener.info.form == VerbForm::past || opener.info.form == VerbForm::gerund) {
    return std::nullopt;
  }
  // "between March 2021 and August 2023" joins two times, and a year after
  // a name is part of it ("the films Grease and Airport 1975").
  for (std::size_t j = group_end; j < and_at; ++j) {
    if (is(idx[j], "between")) return std::nullopt;
  }
  std::size_t amount = and_at + 2;
  while (amount < end && tok(idx[amount]).word && !number_at(amount) && !qualifier(amount) &&
         !is_preposition(tok(idx[amount])) && !is_auxiliary(tok(idx[amount])) && !is_pronoun(tok(idx[amount])) &&
         !verb_like(idx, amount)) {
    ++amount;
  }
  if (amount >= end || amount > and_at + 5 || !(number_at(amount) || qualifier(amount))) return std::nullopt;
  // The amount: qualifying words, one number, and at most two words after
  // it ("percent", "million").
  std::size_t number = amount;
  while (number < end && qualifier(number)) ++number;
  if (number >= end || !number_at(number) || is_year(tok(idx[number]).text) || end - number > 3) return std::nullopt;
  for (std::size_t j = number + 1; j < end; ++j) {
    if (tok(idx[j]).text == "%") continue;
    if (!tok(idx[j]).word || verb_like(idx, j) || number_at(j) || is_preposition(tok(idx[j]))) return std::nullopt;
  }
  // The first amount, before the "and": its number and what follows it.
  std::size_t first_number = and_at;
  for (std::size_t j = group_end; j < and_at; ++j) {
    if (number_at(j)) first_number = j;
    if (!tok(idx[j]).word && !(j + 1 == and_at && is_comma(idx[j])) && tok(idx[j]).text != "%") return std::nullopt;
  }
  if (first_number == and_at) return std::nullopt;
  Indices gapped(idx.begin() + static_cast<std::ptrdiff_t>(and_at + 1), idx.begin() + static_cast<std::ptrdiff_t>(amount));
  gapped.insert(gapped.end(), idx.begin() + static_cast<std::ptrdiff_t>(v), idx.begin() + static_cast<std::ptrdiff_t>(group_end));
  gapped.insert(gapped.end(), idx.begin() + static_cast<std::ptrdiff_t>(amount), idx.begin() + static_cast<std::ptrdiff_t>(end));
  if (number + 1 == end) {
    // The unit: the words after the first number, up to a preposition
    // other than "of" ("300 people in Leeds": "people").
    std::size_t unit_end = first_number + 1;
    while (unit_end < and_at && tok(idx[unit_end]).word &&
           (!is_preposition(tok(idx[unit_end])) || is(idx[unit_end], "of"))) {
      ++unit_end;
    }
    if (unit_end - first_number - 1 > 5) return std::nullopt;
    gapped.insert(gapped.end(), idx.begin() + static_cast<std::ptrdiff_t>(first_number + 1),
                  idx.begin() + static_cast<std::ptrdiff_t>(unit_end));
  }
  gapped.insert(gapped.end(), idx.begin() + static_cast<std::ptrdiff_t>(end), idx.end());
  // The first clause ends before the "and" (and its comma), keeping its
  // closing punctuation.
  std::size_t cut = and_at;
  if (is_comma(idx[cut - 1])) --cut;
  idx.erase(idx.begin() + static_cast<std::ptrdiff_t>(cut), idx.begin() + static_cast<std::ptrdiff_t>(end));
  return gapped;
}

std::optional<Indices> SentenceDecomposer::so_inversion(const Indices& idx) const {
  std::size_t so = 0;
  if (!idx.empty() && (is(idx[0], "and") || is(idx[0], "but"))) so = 1;
  if (so + 2 >= idx.size() || !is(idx[so], "so") || last_predicate_.empty()) return std::nullopt;
  const Token& auxiliary = tok(idx[so + 1]);
  if (!is_auxiliary(auxiliary)) return std::nullopt;
  // The subject runs to the clause's end or its first comma ("so is North
  // Korea, with nuclear weapons"), and has no verb of its own ("so do we
  // continue to destroy" is no inversion).
  const std::size_t subject_from = so + 2;
  std::size_t subject_to = subject_from;
  while (subject_to < idx.size() && !is_comma(idx[subject_to]) && tok(idx[subject_to]).text != ";") ++subject_to;
  if (subject_to == subject_from || !tok(idx[subject_from]).word || is_pronoun(tok(idx[subject_from]))) return std::nullopt;
  for (std::size_t k = subject_from + 1; k < subject_to; ++k) {
    if (verb_like(idx, k)) return std::nullopt;
  }
  // The predicate's verb, after any adverbs ("now is more dangerous").
  std::size_t verb = 0;
  while (verb < last_predicate_.size() && is_adverb_before_verb(tok(last_predicate_[verb]))) ++verb;
  if (verb == last_predicate_.size()) return std::nullopt;
  const Token& said = tok(last_predicate_[verb]);
  const auto family = [](std::string_view w) {
    if (w == "am" || w == "is" || w == "are" || w == "was" || w == "were") return 'b';
    if (w == "has" || w == "have" || w == "had") return 'h';
    if (w == "do" || w == "does" || w == "did") return 'd';
    return 'm';  // a modal: "will", "could" ...
  };
  const char wanted = family(auxiliary.lower);
  // Keep the new auxiliary in place of the predicate's own ("so were
  // housing advocates": "were involved"), or put it before a bare verb
  // ("so does Governor Bush" after "support": "does support"), or drop
  // it before a verb that carries its tense ("so did X" after "helped").
  bool replace = false;
  bool keep_auxiliary = true;
  if (is_auxiliary(said)) {
    replace = family(said.lower) == wanted && (wanted != 'm' || said.lower == auxiliary.lower);
    if (!replace) return std::nullopt;
  } else if (wanted != 'd') {
    return std::nullopt;
  } else if (verb_form(said) == VerbForm::past) {
    if (auxiliary.lower != "did") return std::nullopt;
    keep_auxiliary = false;
  } else if (verb_form(said) == VerbForm::third_person) {
    if (auxiliary.lower != "does") return std::nullopt;
    keep_auxiliary = false;
  } else if (verb_form(said) != VerbForm::base) {
    return std::nullopt;
  }
  Indices clause(idx.begin() + static_cast<std::ptrdiff_t>(subject_from),
                          idx.begin() + static_cast<std::ptrdiff_t>(subject_to));
  clause.insert(clause.end(), last_predicate_.begin(), last_predicate_.begin() + static_cast<std::ptrdiff_t>(verb));
  if (keep_auxiliary) clause.push_back(idx[so + 1]);
  std::size_t rest = verb + (replace ? 1 : 0);
  // "Guinea and Ghana have both moved ...; so has Cuba": the quantifier
  // belongs to the first subject ("Cuba has moved").
  if (replace && rest + 1 < last_predicate_.size() &&
      (is(last_predicate_[rest], "both") || is(last_predicate_[rest], "all") || is(last_predicate_[rest], "each")) &&
      verb_form(tok(last_predicate_[rest + 1])) != VerbForm::none) {
    ++rest;
  }
  clause.insert(clause.end(), last_predicate_.begin() + static_cast<std::ptrdiff_t>(rest), last_predicate_.end());
  return clause;
}

// Reads a report whose verb group starts at `speech_verb`: "X said (that)
// P", "X believes that P", "X told the court that P". Returns true when
// the clause has been decomposed (the reported content with its source, or
// the speaker's quotation); false leaves `idx` to the rest of
// process_clause, `context` perhaps given an unnamed source or a reason.
bool SentenceDecomposer::frame_names_medium(const Phrase& frame) const {
  if (frame.size() < 3 || frame[0].token < 0 || tok(frame[0].token).lower != "in") return false;
  // The noun after "in" and its determiner or owner, before any other
  // preposition: "In an interview on Tuesday" -> "interview".
  for (std::size_t k = 1; k < frame.size() && k <= 4; ++k) {
    if (frame[k].token < 0) return false;
    const Token& t = tok(frame[k].token);
    if (!t.word || is_preposition(t)) return false;
    if (has_kind(t, WordKind(k_document_noun | k_speech_noun))) return true;
  }
  return false;
}

bool SentenceDecomposer::process_report(Indices& idx, Context& context, int speech_verb) {
  // "The club's chairman Graham Pell said ...": the speaker is the name,
  // and the role before it is a claim about them (as for a subject).
  if (speech_verb > 2 && is_attribution_verb(tok(idx[static_cast<std::size_t>(speech_verb)]))) {
    const bool said = verb_form(tok(idx[static_cast<std::size_t>(speech_verb)])) == VerbForm::past;
    if (std::optional<Side> role = owned_role_description(idx, speech_verb, said)) {
      Context about;
      about.frame = context.frame;
      Phrase predicate{added_.slot(role->copula)};
      for (const int t : role->rest) predicate.push_back(Slot{t, nullptr, false, false});
      emit_about_speaker(role->subject, std::move(predicate), about);
    }
  }
  std::size_t k = static_cast<std::size_t>(speech_verb);
  while (k < idx.size() && (is_auxiliary(tok(idx[k])) || is_adverb_of_degree_or_time(tok(idx[k])))) {
    if (is_hedge(tok(idx[k]))) break;
    ++k;
  }
  if (k < idx.size() && k > 0) {
    const std::string_view verb = tok(idx[k]).lower;
    // "Company accounts show that P": the document gives P on the
    // strength of a source, as "X said that P" does (only with "that").
    const bool evidence = (verb == "show" || verb == "shows" || verb == "showed" || verb == "reveal" ||
                           verb == "reveals" || verb == "revealed") &&
                          k + 1 < idx.size() && is(idx[k + 1], "that");
    // "The court heard that P": P was put to the court (only with "that":
    // "heard them explain" reports nothing).
    const bool hearing = (verb == "heard" || verb == "hears") && k + 1 < idx.size() && is(idx[k + 1], "that");
    // "Professor Ruiz pointed out that P": a report, its "that" after "out".
    const bool pointed_out = (verb == "pointed" || verb == "points" || verb == "point") && k + 2 < idx.size() &&
                             is(idx[k + 1], "out") && is(idx[k + 2], "that");
    const bool attribution = pointed_out || is_attribution_verb(verb) || evidence || hearing;
    // 'Councillor Martin Ebbs called it "a remarkable turnaround"': what
    // is checked is that the named speaker used these words.
    if (!context.attribution && has_kind(tok(idx[k]), k_naming_verb) &&
        std::any_of(idx.begin() + static_cast<std::ptrdiff_t>(k), idx.end(),
                    [&](int t) { return is_quotation_mark(tok(t).text); })) {
      std::size_t who_end = static_cast<std::size_t>(speech_verb);
      for (std::size_t j = 1; j < who_end; ++j) {
        if (is_comma(idx[j])) who_end = j;
      }
      const Indices who(idx.begin(), idx.begin() + static_cast<std::ptrdiff_t>(who_end));
      bool named = false;
      for (const int t : who) {
        named = named || (tok(t).capitalised && tok(t).word && !is_pronoun(tok(t)) && !is_determiner(tok(t)));
      }
      if (named && !is_vague_who(tokens_, who)) {
        context.quotation = true;
        context.attribution = Claim::Attribution{render(slots(idx, 0, who_end)), false};
      }
    }
    const bool recommendation = has_kind(tok(idx[k]), k_recommendation_verb);
    const bool inference = is_inference_verb(verb) || recommendation;
    std::size_t content = 0;
    // "said afterwards that", "said in a filing that": adverbs and one
    // short prepositional phrase may stand between the verb and "that".
    std::size_t that = pointed_out ? k + 2 : k + 1;
    while (that < idx.size() && is_adverb_before_verb(tok(idx[that]))) ++that;
    // ("agree on two things that he mentioned": after a verb of thinking
    // an "on" or "about" phrase holds a relative clause, not what was
    // agreed; "agree with X that P" does report.)
    const bool saying = (tok(idx[k]).info.kinds & english::k_inverting_speech_verb) != 0 || verb == "say" ||
                        verb == "stated" || verb == "states" || verb == "reported" || verb == "reports";
    const bool topic_phrase = that < idx.size() && (is(idx[that], "on") || is(idx[that], "about") ||
                                                    is(idx[that], "over") || is(idx[that], "of"));
    if ((saying || !topic_phrase) && that < idx.size() && tok(idx[that]).word && is_preposition(tok(idx[that]))) {
      std::size_t j = that + 1;
      while (j < idx.size() && j < that + 6 && tok(idx[j]).word && !is(idx[j], "that") && !verb_like(idx, j)) ++j;
      if (j < idx.size() && is(idx[j], "that")) that = j;
    }
    // "told the court that P", "warned investors that P": the listener
    // stands between the verb and "that".
    std::size_t listener_that = 0;
    if (verb == "told" || verb == "tells" || verb == "warned" || verb == "warns" || verb == "assured" ||
        verb == "informed" || verb == "reminded") {
      for (std::size_t j = k + 2; j < idx.size() && j < k + 8; ++j) {
        if (is(idx[j], "that")) {
          listener_that = j;
          break;
        }
        // A listener is a plain noun phrase: "reminded of what that would mean" has none.
        // (It may be followed by a time: "told Reuters on Tuesday that".)
        const bool time_phrase = j + 1 < idx.size() && (is(idx[j], "on") || is(idx[j], "in") || is(idx[j], "last")) &&
                                 (tok(idx[j + 1]).info.kinds & english::k_weekday_or_month) != 0;
        if (time_phrase) {
          ++j;
          continue;
        }
        if (!tok(idx[j]).word || verb_like(idx, j) || is_preposition(tok(idx[j])) || is(idx[j], "what")) break;
      }
      if (listener_that > 0 && is_preposition(tok(idx[k + 1]))) listener_that = 0;
    }
    // "Historians still argue over how much ...", "I believe in free
    // trade", "I think of the man who ...": a preposition opens no
    // reported clause, unless a clause follows its phrase ("I said in
    // 1992 he didn't ..."). An unnamed source still makes the sentence
    // theirs: "Critics warned of delays".
    const bool prepositional_object = attribution && k + 1 < idx.size() && tok(idx[k + 1]).word &&
                                      is_preposition(tok(idx[k + 1])) && !is(idx[k + 1], "to") &&
                                      !clause_after_phrase(idx, k + 1, !saying);
    if (prepositional_object && !context.attribution) {
      std::size_t who_end = static_cast<std::size_t>(speech_verb);
      while (who_end > 1 && is_adverb_before_verb(tok(idx[who_end - 1]))) --who_end;  // "Historians still"
      // Only a word that names an unnamed source ("critics", "analysts"),
      // and a verb of saying or thinking: "Coins found in the floor" and
      // "a bath suite was added to the wing" report nothing.
      const bool source_word = std::any_of(idx.begin(), idx.begin() + static_cast<std::ptrdiff_t>(who_end),
                                           [&](int t) { return is_vague_source(tok(t)); });
      if (source_word && verb != "found" && verb != "added" && verb != "reported" && verb != "announced") {
        context.attribution = Claim::Attribution{render(slots(idx, 0, who_end)), true};
      }
    }
    // "Economists expect growth to slow": an outlook whose holders the
    // sentence does not name.
    if (!context.attribution && (verb == "expect" || verb == "expects" || verb == "forecast" || verb == "forecasts") &&
        speech_verb > 0) {
      std::size_t who_end = static_cast<std::size_t>(speech_verb);
      while (who_end > 1 && is_adverb_before_verb(tok(idx[who_end - 1]))) --who_end;
      const bool source_word = std::any_of(idx.begin(), idx.begin() + static_cast<std::ptrdiff_t>(who_end),
                                           [&](int t) { return is_vague_source(tok(t)); });
      if (source_word) context.attribution = Claim::Attribution{render(slots(idx, 0, who_end)), true};
    }
    // "Some investors remain wary", "Others have questioned the trackers",
    // "Many fans thought so": what an unnamed group thinks. The claim is
    // the sentence, and its source is asked for.
    if (!context.attribution && speech_verb > 0 &&
        (has_kind(tok(idx[k]), k_stance_word) || has_kind(tok(idx[k]), k_naming_verb))) {
      std::size_t who_end = static_cast<std::size_t>(speech_verb);
      while (who_end > 1 && is_adverb_before_verb(tok(idx[who_end - 1]))) --who_end;
      const Indices who(idx.begin(), idx.begin() + static_cast<std::ptrdiff_t>(who_end));
      bool plain = true;
      for (const int t : who) {
        // ("Some farmers' groups": a plural's apostrophe is part of it.)
        const bool apostrophe = tok(t).text == "'" && t > 0 && tokens_[static_cast<std::size_t>(t) - 1].possessive;
        plain = plain && (tok(t).word || apostrophe) && !verb_like(who, 0) && !is_pronoun(tok(t)) &&
                !is(t, "which") && !is(t, "who") && !is(t, "that");
      }
      // People, not things: "Prices remained high" names no source.
      const bool people = std::any_of(who.begin(), who.end(), [&](int t) {
        const std::string_view w = tok(t).lower;
        return is_vague_source(tok(t)) ||
               (w.size() > 3 && w.ends_with("s") && english::is_person_role(w.substr(0, w.size() - 1)));
      });
      if (plain && people && is_vague_who(tokens_, who)) {
        context.attribution = Claim::Attribution{render(slots(idx, 0, who_end)), true};
        // A view, not a fact the document asserts.
        context.not_checkworthy_reason = "opinion";
      }
    }
    if ((attribution || inference) && that < idx.size() && is(idx[that], "that")) {
      content = that + 1;
      // "I think that's right": "that's" is "that is", its subject.
      if (tok(idx[that]).text.size() > 4) content = that;
      // "She said that was the reason", "I think that would be a
      // mistake", "I think that speaks for itself": an auxiliary, or a
      // verb in -s with no other verb after it, right after "that" makes
      // it the subject ("said that exports rose" does not).
      if (content < idx.size() && tok(idx[content]).word) {
        bool verb_after = false;
        for (std::size_t j = content + 1; j < idx.size() && !verb_after; ++j) verb_after = finite_verb_at(idx, j);
        if (is_auxiliary(tok(idx[content])) ||
            (verb_form(tok(idx[content])) == VerbForm::third_person && !verb_after)) {
          content = that;
        }
      }
    } else if (listener_that > 0) {
      content = listener_that + 1;
    } else if (attribution && verb != "found" && verb != "reported" && verb != "announced" &&
               k + 1 < idx.size() && !is(idx[k + 1], "to") &&  // "is said to have": no content clause
               !prepositional_object && reported_clause_at(idx, k + 1)) {
      content = k + 1;  // "X said the plant would close", "Some believe a deal could follow"
    } else if (attribution && verb == "told" && k + 2 < idx.size()) {
      for (std::size_t j = k + 1; j < idx.size() && j < k + 5; ++j) {
        if (is(idx[j], "that")) {
          content = j + 1;
          break;
        }
      }
    }
    // "The minister said the plan was ready and added that it would cost
    // more", "Ruiz thinks it might, but says the evidence is thin": the
    // speaker's second report is a clause of its own, by the same speaker.
    // "The mayor said the road would reopen, adding that repairs had cost
    // £300,000": the participle reports more of what the speaker said.
    if (attribution && content > 0 && content < idx.size() && speech_verb > 0) {
      for (std::size_t j = content + 2; j + 2 < idx.size(); ++j) {
        if (!is_comma(idx[j - 1]) || !is(idx[j + 1], "that") ||
            (tok(idx[j]).info.kinds & english::k_speech_gerund) == 0) {
          continue;
        }
        Indices second(idx.begin(), idx.begin() + static_cast<std::ptrdiff_t>(k + 1));
        second.insert(second.end(), idx.begin() + static_cast<std::ptrdiff_t>(j + 1), idx.end());
        idx.resize(j - 1);
        process_clause(std::move(idx), context, std::nullopt);
        process_clause(std::move(second), std::move(context), std::nullopt);
        return true;
      }
    }
    if (attribution && content > 0 && content < idx.size() && speech_verb > 0) {
      for (std::size_t j = content + 2; j + 1 < idx.size(); ++j) {
        if (!(is(idx[j - 1], "and") || is(idx[j - 1], "but")) || tok(idx[j]).capitalised ||
            !is_attribution_verb(tok(idx[j])) || verb_form(tok(idx[j])) == VerbForm::gerund) {
          continue;
        }
        // A report: "that" or a clause follows ("and think about what
        // happened" reports nothing).
        if (!is(idx[j + 1], "that") && (is_preposition(tok(idx[j + 1])) || find_main_verb(idx, j + 1) <= static_cast<int>(j + 1))) {
          continue;
        }
        Indices second(idx.begin(), idx.begin() + static_cast<std::ptrdiff_t>(speech_verb));
        second.insert(second.end(), idx.begin() + static_cast<std::ptrdiff_t>(j), idx.end());
        std::size_t cut = j - 1;
        if (cut > content && is_comma(idx[cut - 1])) --cut;
        idx.resize(cut);
        process_clause(std::move(idx), context, std::nullopt);
        process_clause(std::move(second), std::move(context), std::nullopt);
        return true;
      }
    }
    // 'Northwind said it was "cooperating fully" with investigators and
    // had arranged hotels': the quoted words stay a quotation, the verb
    // phrase after them is a report of its own with the same subject.
    if (attribution && content > 0 && content < idx.size() && speech_verb > 0) {
      std::size_t first_mark = idx.size();
      std::size_t last_mark = idx.size();
      for (std::size_t j = content; j < idx.size(); ++j) {
        if (!is_quotation_mark(tok(idx[j]).text)) continue;
        if (first_mark == idx.size()) first_mark = j;
        last_mark = j;
      }
      const int content_verb = first_mark < idx.size() ? find_main_verb(idx, content) : -1;
      if (content_verb > static_cast<int>(content) && static_cast<std::size_t>(content_verb) < first_mark &&
          last_mark > first_mark) {
        for (std::size_t j = last_mark + 2; j + 1 < idx.size(); ++j) {
          if (!is(idx[j], "and") || is_comma(idx[j - 1]) || !finite_verb_at(idx, j + 1)) continue;
          Indices second(idx.begin(), idx.begin() + content_verb);
          second.insert(second.end(), idx.begin() + static_cast<std::ptrdiff_t>(j + 1), idx.end());
          idx.resize(j);
          process_clause(std::move(idx), context, std::nullopt);
          process_clause(std::move(second), std::move(context), std::nullopt);
          return true;
        }
      }
    }
    if (content > 0 && content < idx.size() && speech_verb > 0) {
      // The speaker, without a parenthetical about them.
      std::size_t who_start = 0;
      std::size_t who_end = static_cast<std::size_t>(speech_verb);
      std::size_t first_comma = 0;
      for (std::size_t j = 1; j < who_end; ++j) {
        if (is_comma(idx[j])) {
          first_comma = j;
          who_end = j;
          break;
        }
      }
      if (first_comma > 0 && !is_vague_who(tokens_, Indices(idx.begin(), idx.begin() + static_cast<std::ptrdiff_t>(first_comma)))) {
        // What the parenthetical says of the speaker is a claim of its
        // own: "ESA's director of science, Carole Mundell, said" ->
        // "Carole Mundell is ESA's director of science"; "Dr. Diallo, who
        // heads the unit, said" -> "Dr. Diallo heads the unit". The side
        // rules read it from the speaker and the verb alone.
        Context speaker;
        speaker.frame = context.frame;
        speaker.sides_only = true;
        process_clause(Indices(idx.begin(), idx.begin() + static_cast<std::ptrdiff_t>(k + 1)),
                       std::move(speaker), std::nullopt);
        // "ROLE, NAME, said": the speaker is the name.
        std::size_t second_comma = first_comma + 1;
        while (second_comma < static_cast<std::size_t>(speech_verb) && !is_comma(idx[second_comma])) {
          ++second_comma;
        }
        if (second_comma + 1 == static_cast<std::size_t>(speech_verb) &&
            is_name_run(idx, first_comma + 1, second_comma) && !is_name_run(idx, 0, first_comma)) {
          who_start = first_comma + 1;
          who_end = second_comma;
        }
      }
      while (who_end > who_start + 1 && is_adverb_before_verb(tok(idx[who_end - 1]))) --who_end;
      Indices who(idx.begin() + static_cast<std::ptrdiff_t>(who_start),
                           idx.begin() + static_cast<std::ptrdiff_t>(who_end));
      // A belief, hope or fear is an opinion, whoever holds it.
      if (attribution) {
        context.attribution = source_attribution(slots(idx, who_start, who_end), is_vague_who(tokens_, who));
        // "She told the Ashcombe Courier that ...": the speaker is the
        // person "she" stands for, and the sentence is about her.
        Phrase speaker = slots(idx, who_start, who_end);
        // (After a fronted frame too: "In 2018 she announced that ...".)
        if (who.size() == 1 && who[0] == idx[0] && (tok(who[0]).lower == "he" || tok(who[0]).lower == "she")) {
          if (const Entity* person = take_person_before(pronoun_gender(tok(who[0]).lower))) {
            context.attribution = Claim::Attribution{person->text, false};
            speaker = Phrase{added_.slot(person->text, person->spans)};
          }
        }
        if (!first_speaker_ && !context.attribution->vague) first_speaker_ = Entity{render(speaker), spans_of(speaker)};
        // "Drawing on 112 observations, the team estimates that ...": the
        // participle is about the speaker, not the reported clause.
        if (!context.fronted_participle.empty()) {
          Context about_speaker = context;
          about_speaker.attribution.reset();
          about_speaker.fronted_participle.clear();
          const bool said = verb_form(tok(idx[static_cast<std::size_t>(speech_verb)])) == VerbForm::past;
          const Slot& head = speaker.back();
          const std::string_view head_word = head.token >= 0 ? std::string_view(tok(head.token).lower) : head.text();
          const bool plural = head.token >= 0 && !tok(head.token).capitalised && head_word.ends_with("s") &&
                              !head_word.ends_with("ss");
          Phrase predicate{added_.slot(plural ? (said ? "were" : "are") : (said ? "was" : "is"))};
          for (const int t : context.fronted_participle) predicate.push_back(Slot{t, nullptr, false, false});
          emit(speaker, predicate, about_speaker, true, {});
          context.fronted_participle.clear();
        }
        // 'Tom Reddaway said the change had been "night and day"': words
        // in quotation marks are checked as the speaker's, so the claim
        // keeps who said them, as a whole quotation does.
        const bool quotes_words = std::any_of(idx.begin() + static_cast<std::ptrdiff_t>(content), idx.end(),
                                              [&](int t) { return is_quotation_mark(tok(t).text); });
        if (quotes_words && !context.attribution->vague && !has_kind(verb, k_belief_verb)) {
          context.quotation = true;
          emit(speaker, slots(idx, static_cast<std::size_t>(speech_verb), idx.size()), context, true, {});
          return true;
        }
        // "In a statement, Northwind said that the aircraft had been
        // inspected": the frame tells where the words were said, not what
        // they are about.
        if (frame_names_medium(context.frame)) context.frame.clear();
        // (So is what an unnamed group argues: "Critics argue that ...".)
        if (has_kind(verb, k_belief_verb) ||
            (context.attribution->vague && (verb == "argue" || verb == "argues" || verb == "argued"))) {
          context.not_checkworthy_reason = "opinion";
        }
        // "North Korea said it tested ...": the pronoun is the speaker.
        std::string_view pronoun = content < idx.size() ? std::string_view(tok(idx[content]).lower) : std::string_view();
        // "Some residents said they had voted": an unnamed group is
        // "they" too (but "analysts said it would" is not about them).
        // Not "I told people that it would be": a speaker who is a
        // pronoun is only the same pronoun again.
        const bool pronoun_speaker = !who.empty() && is_pronoun(tok(who[0]));
        // "Ruiz thinks it might": a person is no "it".
        bool person_speaker = false;
        for (const int t : who) person_speaker = person_speaker || is_title(tok(t));
        if (const std::string_view w = context.attribution->who; !person_speaker) {
          const std::size_t space = w.rfind(' ');
          person_speaker = state_.people.contains(w.substr(space == std::string_view::npos ? 0 : space + 1));
        }
        if (pronoun == "it" && person_speaker) pronoun = std::string_view();
        if ((!context.attribution->vague || pronoun == "they") && content + 1 < idx.size() &&
            (!pronoun_speaker || tok(who[0]).lower == pronoun) &&
            (pronoun == "it" || pronoun == "they" || pronoun == "he" || pronoun == "she") &&
            verb_like(idx, content + 1)) {
          // "He said that he had ...": the speaker as resolved above.
          process_clause(Indices(idx.begin() + static_cast<std::ptrdiff_t>(content + 1), idx.end()),
                         std::move(context), speaker);
          return true;
        }
      } else if (recommendation) {
        context.not_checkworthy_reason = "opinion";
      } else {
        context.hedges.emplace_back(verb);
        bool named = false;
        for (int t : who) named = named || (tok(t).capitalised && t != idx[0]);
        if (!named) context.not_checkworthy_reason = "opinion";
      }
      // "found that behaviour had improved and that teaching was strong":
      // each "that" clause is a claim of its own, from the same source.
      // Only in parallel ("that A and that B", each with its verb): in
      // "A and that point of view is dangerous", "that" is no conjunction.
      std::size_t from = content;
      // "said the crew had kept everyone calm and that the cabin was
      // empty": the first "that" may be left out when the second opens a
      // clause with a subject of its own ("the", "it", a name).
      const bool first_that = content > 0 && is(idx[content - 1], "that");
      for (std::size_t j = content + 2; j + 1 < idx.size(); ++j) {
        if (!is(idx[j], "that") || !is(idx[j - 1], "and") || find_main_verb(idx, j + 1) <= static_cast<int>(j + 1)) continue;
        const Token& opener = tok(idx[j + 1]);
        if (!first_that && !(opener.word && (is_determiner(opener) || is_pronoun(opener) || opener.capitalised))) continue;
        std::size_t end = j - 1;
        if (end > from && is_comma(idx[end - 1])) --end;
        const Indices before(idx.begin() + static_cast<std::ptrdiff_t>(from),
                                      idx.begin() + static_cast<std::ptrdiff_t>(end));
        if (find_main_verb(before, 0) <= 0) continue;
        process_clause(before, context, std::nullopt);
        from = j + 1;
      }
      process_clause(Indices(idx.begin() + static_cast<std::ptrdiff_t>(from), idx.end()),
                     std::move(context), std::nullopt);
      return true;
    }
  }
  return false;
}

// Trailing attribution: "..., officials said." / "..., according to X."
// Cuts the attribution off `idx` and records its source in `context`.
void SentenceDecomposer::cut_trailing_attribution(Indices& idx, Context& context) {
  for (std::size_t k = 1; k + 1 < idx.size(); ++k) {
    if (!is_comma(idx[k])) continue;
    Indices tail(idx.begin() + static_cast<std::ptrdiff_t>(k + 1), idx.end());
    if (tail.size() >= 3 && is(tail[0], "according") && is(tail[1], "to")) {
      Indices who(tail.begin() + 2, tail.end());
      Phrase phrase;
      for (int t : who) phrase.push_back(Slot{t, nullptr, false, false});
      context.attribution = source_attribution(phrase, is_vague_who(tokens_, who));
      idx.resize(k);
      break;
    }
    // "..., said Pavel Ostrov, who heads the charity Clearway": the
    // relative clause is a claim about the speaker.
    Indices speaker_relative;
    if (tail.size() > 5 && is_attribution_verb(tok(tail.front())) && !tok(tail.front()).capitalised &&
        tok(tail[1]).capitalised) {
      for (std::size_t r = 2; r + 2 < tail.size(); ++r) {
        if (is_comma(tail[r]) && is(tail[r + 1], "who") && verb_like(tail, r + 2)) {
          speaker_relative.assign(tail.begin() + static_cast<std::ptrdiff_t>(r + 2), tail.end());
          tail.resize(r);
          break;
        }
      }
    }
    if (tail.size() >= 2 && tail.size() <= 12) {
      // "..., the company said on Tuesday": a short time or place phrase
      // may follow the verb.
      std::size_t said_at = tail.size() - 1;
      // ("said in a statement on Tuesday": the phrase may be two.)
      for (std::size_t j = tail.size() > 9 ? tail.size() - 8 : 1; j + 1 < tail.size(); ++j) {
        const Token& after = tok(tail[j + 1]);
        const bool time_word = after.lower == "last" || after.lower == "this" || after.lower == "yesterday" ||
                               after.lower == "today" || after.lower == "earlier" || after.lower == "recently";
        // (Not a passive: "most comets found by amateurs".)
        if (!is_attribution_verb(tok(tail[j])) || tok(tail[j]).capitalised || !after.word ||
            !(is_preposition(after) || time_word) || after.lower == "by") {
          continue;
        }
        // ("said in a report published on Monday": a word after an article
        // is a noun, and a participle after its noun no verb of a clause.)
        bool verbless = true;
        for (std::size_t m = j + 1; m < tail.size() && verbless; ++m) {
          const bool after_article = is_determiner(tok(tail[m - 1]));
          const bool participle_after_noun = m >= 2 && verb_form(tok(tail[m])) == VerbForm::past &&
                                             is_determiner(tok(tail[m - 2]));
          verbless = !verb_like(tail, m) || after_article || participle_after_noun;
        }
        if (verbless) said_at = j;
        break;
      }
      // Not a name that reads like a verb: ", and the United States".
      // Nor a participial clause: ", making it larger than most comets
      // found".
      // ("..., the authors report.": the present of "reported", which the
      // lexicon leaves out, since "report" is as often a noun. After an
      // article it is one: ", welcomed the report".)
      const bool reporting_verb = is_attribution_verb(tok(tail[said_at])) || is(tail[said_at], "report");
      const bool said_last = said_at <= 8 && reporting_verb &&
                             !tok(tail[said_at]).capitalised && !is(tail.front(), "and") && !is(tail.front(), "or") &&
                             verb_form(tok(tail.front())) != VerbForm::gerund &&
                             !(said_at > 0 && is_determiner(tok(tail[said_at - 1])));
      // ", said Tomas Reyes": a speaker after the verb reads like one (a
      // name, "the ...", "her son"), unlike ", conceded shortly after
      // midnight", where the verb is the clause's own.
      const Token& after_verb = tok(tail[1]);
      // ("A new exhibition, which opens on Saturday, tells their stories":
      // "tells" does not stand before a speaker.)
      const bool said_first = tail.size() <= 8 && is_attribution_verb(tok(tail.front())) &&
                              (tok(tail.front()).info.kinds & english::k_inverting_speech_verb) != 0 &&
                              !tok(tail.front()).capitalised && after_verb.word &&
                              (after_verb.capitalised || is_determiner(after_verb) || after_verb.possessive);
      if (said_last || said_first) {
        Indices who = said_last ? Indices(tail.begin(), tail.begin() + static_cast<std::ptrdiff_t>(said_at))
                                         : Indices(tail.begin() + 1, tail.end());
        while (!who.empty() && is_comma(who.back())) who.pop_back();
        // What is reported is a clause: "ESA's director of science, Carole
        // Mundell, said" reports nothing before its comma.
        bool reported_clause = false;
        for (std::size_t j = 1; j < k && !reported_clause; ++j) reported_clause = verb_like(idx, j);
        const bool relative = !who.empty() && (is(who[0], "who") || is(who[0], "which") || is(who[0], "that"));
        // Without a clause before it, only a speaker that is no name after
        // something that is no name ("Not yet, many analysts say"), not
        // "Maria Lopez, the firm's chief executive, said".
        // Nor one that opens with a preposition: ", to map wrecks and to
        // lift finds" has no speaker.
        bool plain = !who.empty() && !relative && !is_preposition(tok(who[0])) &&
                     (reported_clause || (!is_name_run(who, 0, who.size()) && !is_name_run(idx, 0, k)));
        // "her son, Daniel, said": a name in apposition may follow.
        const bool named_apposition = who.size() >= 3 && tok(who.back()).capitalised;
        for (int t : who) plain = plain && (tok(t).word || (named_apposition && is_comma(t))) && !is_auxiliary(tok(t));
        if (plain) {
          Phrase phrase;
          for (int t : who) phrase.push_back(Slot{t, nullptr, false, false});
          context.attribution = source_attribution(phrase, is_vague_who(tokens_, who));
          if (!speaker_relative.empty() && said_first && is_name_run(who, 0, who.size())) {
            emit_about_speaker(phrase, slots(speaker_relative, 0, speaker_relative.size()), context);
          }
          idx.resize(k);
          // "Not yet, many analysts say": a verdict with no verb of its own
          // states no fact; it is the source's view.
          bool verbless = idx.size() <= 3;
          for (std::size_t j = 0; j < idx.size() && verbless; ++j) verbless = !verb_like(idx, j);
          if (verbless) context.not_checkworthy_reason = "opinion";
          break;
        }
      }
    }
  }
}

// Short parentheticals add nothing checkable: "Tanzania, in turn, has"
// becomes "Tanzania has". Dates, names and lists' items stay.
void SentenceDecomposer::drop_short_parentheticals(Indices& idx) const {
  for (std::size_t k = 1; k + 2 < idx.size(); ++k) {
    if (!is_comma(idx[k])) continue;
    std::size_t j = k + 1;
    while (j < idx.size() && !is_comma(idx[j]) && j - k <= 5) ++j;
    if (j >= idx.size() || !is_comma(idx[j]) || j == k + 1) continue;
    const Token& first = tok(idx[k + 1]);
    const bool opener = first.word && !first.capitalised &&
                        ((is_preposition(first) && first.lower != "including") ||
                         is_discourse_marker(first) || is_adverb_before_verb(first));
    Indices inner(idx.begin() + static_cast<std::ptrdiff_t>(k + 1), idx.begin() + static_cast<std::ptrdiff_t>(j));
    bool has_verb = false;
    for (std::size_t m = 0; m < inner.size(); ++m) has_verb = has_verb || verb_like(inner, m);
    // ", mostly coal, grain and salt": the commas separate a list's items,
    // and dropping the first would leave "a year grain and salt".
    bool list_tail = true;
    for (std::size_t m = j + 1; m < idx.size() && list_tail; ++m) list_tail = !verb_like(idx, m) && !is_comma(idx[m]);
    for (std::size_t m = j + 1; m < idx.size() && list_tail; ++m) {
      if (is(idx[m], "and") || is(idx[m], "or")) break;
      if (m + 1 == idx.size()) list_tail = false;
    }
    // A date or a name is content, not a connective: "born in Boston,
    // Massachusetts, on May 31, 1982" keeps "on May 31".
    bool content = false;
    for (int t : inner) {
      const Token& word = tok(t);
      content = content || (word.word && (word.capitalised || is_ascii_digit(static_cast<unsigned char>(word.text.front()))));
    }
    if (opener && !has_verb && j - k <= 5 && !list_tail && !content) {
      // Both commas go: "Tanzania, in turn, has" -> "Tanzania has".
      idx.erase(idx.begin() + static_cast<std::ptrdiff_t>(k), idx.begin() + static_cast<std::ptrdiff_t>(j + 1));
      --k;
    }
  }
}

// Where the noun phrase a relative clause after the comma at `comma` is
// about ends: at the comma, or before a year in brackets ("his drama,
// Shiva (1989), which won"). Only a year: before "(ACL)" the name is too
// long for the walk back ("the Association for Computational Linguistics").
std::size_t SentenceDecomposer::noun_end_before(const Indices& idx, std::size_t comma) const {
  if (comma <= 2 || tok(idx[comma - 1]).text != ")") return comma;
  std::size_t open = comma - 1;
  while (open > 0 && tok(idx[open]).text != "(") --open;
  bool year = tok(idx[open]).text == "(" && comma - open <= 4;
  for (std::size_t j = open + 1; j + 1 < comma && year; ++j) {
    year = !tok(idx[j]).word || is_ascii_digit(static_cast<unsigned char>(tok(idx[j]).text.front()));
  }
  return year ? open : comma;
}

// Non-restrictive relative clause after the comma at `k`: ", which has its
// own nuclear ambitions", ", who took office in May,". `close` is the next
// comma (idx.size() if none). Cuts the clause out of `idx` into `sides`,
// with the noun phrase it is about, re-reads the main verb `v` and moves
// `k` back so the caller's loop looks again; returns false, changing
// nothing, when the words after the comma are no such clause.
bool SentenceDecomposer::cut_relative_clause(Indices& idx, std::size_t& k, std::size_t close,
                                             std::size_t subject_start, int& v, std::vector<Side>& sides) const {
  const std::size_t next = k + 1;
  const std::string_view w = tok(idx[next]).lower;
  const bool mid = close < idx.size();
  // A list after the clause's comma with no verb of its own is still
  // the clause's: ", which represents crane drivers, lashers and cargo
  // handlers."
  // (Not ", and his distinctive voice": that is the main clause's.)
  bool list_tail = mid && !verb_follows(idx, close + 1) && close + 1 < idx.size() && !is(idx[close + 1], "and") &&
                   !is(idx[close + 1], "or");
  if (list_tail) {
    bool joined = false;
    for (std::size_t j = close + 1; j < idx.size(); ++j) joined = joined || is(idx[j], "and") || is(idx[j], "or");
    list_tail = joined;
  }
  const std::size_t relative_close = list_tail ? idx.size() : close;
  const bool relative_mid = relative_close < idx.size();
  std::size_t np_end = noun_end_before(idx, k);
  std::size_t np = noun_phrase_start(idx, np_end, 0);
  // "wrote his first symphony at the age of 14, which was performed":
  // a bare number names nothing a relative clause is about; the noun
  // phrase before the number's phrase ("at the age of") does.
  const bool bare_number = np < np_end && std::all_of(idx.begin() + static_cast<std::ptrdiff_t>(np),
                                                      idx.begin() + static_cast<std::ptrdiff_t>(np_end), [&](int t) {
                                                        return tok(t).word && (all_digits(tok(t).text) ||
                                                                               tok(t).info.cardinal);
                                                      });
  if (w == "which" && bare_number && np >= 2 && is_preposition(tok(idx[np - 1]))) {
    for (std::size_t p = np - 1; p > 0 && p + 6 > np; --p) {
      const Token& t = tok(idx[p]);
      if (!t.word || verb_like(idx, p)) break;
      const Token& before = tok(idx[p - 1]);
      // ("of" ties the number to its noun: "the age of 14" is one phrase.)
      if (is_preposition(t) && !is(idx[p], "of") && before.word && !is_preposition(before) &&
          !is_determiner(before) && !all_digits(before.text)) {
        const std::size_t start = noun_phrase_start(idx, p, 0);
        if (start < p) {
          np = start;
          np_end = p;
        }
        break;
      }
    }
  }
  // "kept at the Penhale Museum in Saltby, which opened in 1988": after
  // a named institution and its place, "which" is the institution (with
  // its place), not the town.
  if (w == "which" && np >= 2 && np < np_end && (is(idx[np - 1], "in") || is(idx[np - 1], "at")) &&
      is_name_run(idx, np, np_end) && tok(idx[np - 2]).capitalised && has_kind(tok(idx[np - 2]), k_institution_noun)) {
    const std::size_t start = noun_phrase_start(idx, np - 1, 0);
    if (start < np - 1) np = start;
  }
  // "the laws of physics and chemistry, which are governed by ...": a
  // plural verb after a coordination is about all of it, with the noun
  // the coordination is "of".
  const std::string_view relative_verb = next + 1 < idx.size() ? tok(idx[next + 1]).lower : std::string_view();
  if (w == "which" && np >= 3 && np < np_end && is(idx[np - 1], "and") && tok(idx[np - 2]).word &&
      !tok(idx[np - 2]).capitalised && !tok(idx[np_end - 1]).capitalised &&
      (relative_verb == "are" || relative_verb == "were" || relative_verb == "have")) {
    std::size_t start = noun_phrase_start(idx, np - 1, 0);
    if (start < np - 1 && start >= 2 && is(idx[start - 1], "of")) {
      const std::size_t head = noun_phrase_start(idx, start - 1, 0);
      if (head < start - 1) start = head;
    }
    if (start < np - 1) np = start;
  }
  // Between the subject and its verb, a relative clause is about the
  // subject's head, not the place after its preposition: "The Aske
  // Bridge at Kelderby, whose span ..., was relative_closed", "Exports to China,
  // which rose ...,".
  if (w != "who" && (v < 0 || static_cast<std::size_t>(v) > k) && np > subject_start + 1 && np < np_end &&
      (is(idx[np - 1], "at") || is(idx[np - 1], "in") || is(idx[np - 1], "of") || is(idx[np - 1], "on") ||
       is(idx[np - 1], "near") || is(idx[np - 1], "to") || is(idx[np - 1], "from"))) {
    bool plain = true;
    // (The subject's first word is no verb of it, whatever its form:
    // "Shares in Halvard, which fell 12 percent, ...".)
    for (std::size_t j = subject_start; j + 1 < np && plain; ++j) {
      plain = tok(idx[j]).word && (j == subject_start || !verb_like(idx, j));
    }
    if (plain) np = subject_start;
  }
  if (np < np_end) {
    Side side;
    side.subject = slots(idx, np, np_end);
    // "Ingrid Holm, chief economist at Nordbank, who added": after a
    // person's descriptive appositive, "who" is the person, not the
    // place or firm that ends the description.
    if (w == "who") {
      std::size_t previous_comma = k;
      while (previous_comma > 0 && !is_comma(idx[previous_comma - 1])) --previous_comma;
      if (previous_comma > 1) {
        const std::size_t description = previous_comma;  // first token after that comma
        bool verbless = true;
        for (std::size_t j = description; j < k && verbless; ++j) verbless = !verb_like(idx, j);
        const Token& opener = tok(idx[description]);
        const bool descriptive = opener.word && (!opener.capitalised || is_title(opener));
        const std::size_t name = noun_phrase_start(idx, previous_comma - 1, 0);
        if (verbless && descriptive && name < previous_comma - 1 && tok(idx[previous_comma - 2]).capitalised &&
            is_name_run(idx, name, previous_comma - 1)) {
          side.subject = slots(idx, name, previous_comma - 1);
        }
      }
    }
    if (w == "whose") side.subject.back().possessive = true;
    side.rest.assign(idx.begin() + static_cast<std::ptrdiff_t>(next + 1),
                     idx.begin() + static_cast<std::ptrdiff_t>(relative_close));
    sides.push_back(std::move(side));
    // Between subject and verb ("The bridge, which ..., carries") the
    // closing comma goes too, unless the noun phrase is itself an
    // appositive: "Riverton's coach, Pedro Alves, who joined ..., said"
    // keeps "Riverton's coach, Pedro Alves, said" for the appositive rule.
    const bool appositive = np > 0 && is_comma(idx[np - 1]);
    const std::size_t cut = !relative_mid ? idx.size() : (v < 0 && !appositive) ? relative_close + 1 : relative_close;
    idx.erase(idx.begin() + static_cast<std::ptrdiff_t>(k), idx.begin() + static_cast<std::ptrdiff_t>(cut));
    v = find_main_verb(idx, 0);
    if (appositive) {
      k = 0;  // look again at the comma before the appositive
    } else {
      --k;
    }
    return true;
  }
  return false;
}

// Whether the clause's verb comes right at `at` (after an adverb at most):
// what stood before it is the subject's.
bool SentenceDecomposer::verb_right_after(const Indices& idx, std::size_t at) const {
  if (at >= idx.size()) return false;
  const int after = find_main_verb(idx, at);
  return after >= 0 && static_cast<std::size_t>(after) <= at + (is_adverb_of_degree_or_time(tok(idx[at])) ? 1 : 0);
}

// A description after a name at the comma `k`: "in Kessel, a town of about
// 30,000 people" -> "Kessel is a town of about 30,000 people"; "Anita
// Loveridge, its managing partner, as chairman". `close` is the next comma
// (idx.size() if none), `list_item` whether the phrase is an item of a list
// ("an Academy Award, an Emmy Award, and ..."), `past` the clause's tense.
// Cuts the description into `sides` (with a relative clause that ends it,
// and a second description after "and a"), re-reads `v` and moves `k` back;
// returns false, changing nothing, when no name stands before a description.
bool SentenceDecomposer::cut_name_description(Indices& idx, std::size_t& k, std::size_t close, bool list_item,
                                              bool past, int& v, std::vector<Side>& sides) const {
  const std::size_t next = k + 1;
  const std::string_view w = tok(idx[next]).lower;
  const bool mid = close < idx.size();
  // ("appointed Anita Loveridge, its managing partner, as chairman": an
  // owner's word opens a description as well, before a phrase of the
  // clause's own.)
  const bool owned_description = (w == "its" || w == "his" || w == "her" || w == "their") && mid &&
                                 close + 1 < idx.size() && tok(idx[close + 1]).word &&
                                 is_preposition(tok(idx[close + 1]));
  // (A capital "A" inside a sentence opens a title, not a description:
  // "Speak & Spell, A Broken Frame, Violator".)
  if (k < 2 || !(w == "a" || w == "an" || owned_description) || tok(idx[next]).capitalised || !tok(idx[k - 1]).word ||
      !tok(idx[k - 1]).capitalised || tok(idx[k - 1]).possessive || next + 1 >= (mid ? close : idx.size()) || list_item) {
    return false;
  }
  // "Luka Brennan, a wing who joined the squad in March": a relative
  // clause may end the description; it is about the name too.
  // "a newspaper published in Bucharest, Romania": a place after the
  // description's comma is still the description's.
  bool place_tail = mid && tok(idx[close - 1]).capitalised;
  bool tail_name = false;
  for (std::size_t j = close + 1; j < idx.size() && place_tail; ++j) {
    const Token& t = tok(idx[j]);
    place_tail = !t.word || (t.capitalised && !verb_like(idx, j)) || is_ascii_digit(static_cast<unsigned char>(t.text.front()));
    tail_name = tail_name || (t.word && t.capitalised);
  }
  const std::size_t description_end = mid && !(place_tail && tail_name) ? close : idx.size();
  const bool description_mid = description_end < idx.size();
  std::size_t who_at = description_end;
  // ("a company based in Leiden that was spun out of ...": "that" or
  // "which" with its verb too.)
  for (std::size_t j = next + 2; j + 1 < description_end && who_at == description_end; ++j) {
    if (who_clause_at(idx, j) || ((is(idx[j], "that") || is(idx[j], "which")) && verb_like(idx, j + 1) &&
                                  !tok(idx[j + 1]).capitalised)) {
      who_at = j;
    }
  }
  bool verbless = true;
  for (std::size_t j = next; j < who_at && verbless; ++j) {
    verbless = (!verb_like(idx, j) || reduced_relative_at(idx, j, next)) &&
               (!is_comma(idx[j]) || (j == close && description_end == idx.size() && mid));
  }
  std::size_t name = k;
  // A first word that reads as a verb opens the name only when the
  // sentence's verb follows the description: "Save Fallow Fields, a
  // residents' group, collected", not "Visit Kessel, a town ...".
  const bool name_opens_sentence = mid && verb_right_after(idx, close + 1);
  // Not past a title's "of": "the co-founder and CEO of Zolani Capital,
  // a firm" describes Zolani Capital.
  while (name > 0 && tok(idx[name - 1]).word && (tok(idx[name - 1]).capitalised || is(idx[name - 1], "of")) &&
         !(is(idx[name - 1], "of") && name >= 2 && is_title(tok(idx[name - 2]))) &&
         (name - 1 > 0 || (tok(idx[0]).info.classes == 0 &&
                           (tok(idx[0]).info.form == VerbForm::none ||
                            (name_opens_sentence && tok(idx[0]).info.form == VerbForm::base))))) {
    --name;
  }
  if (is(idx[name], "of")) ++name;
  if (verbless && name < k && tok(idx[name]).capitalised) {
    Side side;
    side.subject = slots(idx, name, k);
    // "apprenticed to Robert Gaunt, a railway engineer in Leeds": a
    // person's role is the one held at the time the clause tells of; a
    // place stays what it is ("Kessel is a town").
    std::size_t head = next + 1;
    while (head + 1 < who_at && tok(idx[head + 1]).word && !is_preposition(tok(idx[head + 1]))) ++head;
    const bool role = head < who_at && (english::is_person_role(tok(idx[head]).lower) || is_title(tok(idx[head])));
    // (Not the past of reporting: "Lotte Vermeer, an analyst at Hessing
    // Bank, said" is an analyst now.)
    const int verb_after = mid ? find_main_verb(idx, close + 1) : -1;
    const bool reported = verb_after >= 0 && is_attribution_verb(tok(idx[static_cast<std::size_t>(verb_after)]));
    // Only in a sentence that dates what it tells ("In 1853, ..."): a
    // past without a date is as often a recent event's, and the role
    // still held ("He was the father of Caio Fonseca, an American
    // painter").
    const bool dated = sentence_names_year();
    side.copula = role && dated && !reported && (mid ? past_after(idx, close + 1, past) : past) ? "was" : "is";
    // "its managing partner and a former chief executive of Drayton
    // Rovers": two descriptions, each a claim.
    std::size_t second = who_at;
    for (std::size_t j = next + 2; j + 2 < who_at && second == who_at; ++j) {
      if (is(idx[j], "and") && (is(idx[j + 1], "a") || is(idx[j + 1], "an"))) second = j;
    }
    side.rest.assign(idx.begin() + static_cast<std::ptrdiff_t>(next),
                     idx.begin() + static_cast<std::ptrdiff_t>(second));
    if (second < who_at) {
      Side other = side;
      other.rest.assign(idx.begin() + static_cast<std::ptrdiff_t>(second + 1),
                        idx.begin() + static_cast<std::ptrdiff_t>(who_at));
      sides.push_back(std::move(side));
      side = std::move(other);
    }
    sides.push_back(std::move(side));
    if (who_at < description_end) {
      Side relative;
      relative.subject = slots(idx, name, k);
      relative.copula = " ";  // the clause has its own verb
      relative.rest.assign(idx.begin() + static_cast<std::ptrdiff_t>(who_at + 1),
                           idx.begin() + static_cast<std::ptrdiff_t>(description_end));
      sides.push_back(std::move(relative));
    }
    // Between subject and verb both commas go: "Tran and her colleague
    // Dr. Paul Okafor, a geneticist, identified" -> "... Okafor identified".
    // Not when the name is itself an appositive ("His father, Kirill
    // Nagibin, a nobleman, was"): its commas are for the appositive rule.
    bool comma_before = false;
    for (std::size_t j = 0; j < name; ++j) comma_before = comma_before || is_comma(idx[j]);
    // "Tomas Reinholt, a deputy governor, and Nadia Kerimova, an
    // economist, voted": a second conjunct is no appositive.
    if (name > 0 && (is(idx[name - 1], "and") || is(idx[name - 1], "or"))) comma_before = false;
    const bool conjunct_follows = mid && close + 1 < idx.size() && (is(idx[close + 1], "and") || is(idx[close + 1], "or"));
    // ("married Patrick Walsh, a teacher, in 1946": a phrase of the
    // clause's own goes on without the comma.)
    const bool phrase_follows = mid && close + 1 < idx.size() && tok(idx[close + 1]).word &&
                                is_preposition(tok(idx[close + 1])) && !comma_before;
    const std::size_t cut = !description_mid                                       ? idx.size()
                            : conjunct_follows                                     ? close + 1
                            : (verb_right_after(idx, close + 1) || phrase_follows) && !comma_before ? close + 1
                                                                           : close;
    idx.erase(idx.begin() + static_cast<std::ptrdiff_t>(k), idx.begin() + static_cast<std::ptrdiff_t>(cut));
    v = find_main_verb(idx, 0);
    --k;
    return true;
  }
  return false;
}

// Whether a subject phrase is plural: coordinated ("A and B"), or its head,
// the last word before its first preposition, reads as a plural.
bool SentenceDecomposer::subject_plural(const Phrase& full) const {
  // The head is before the first preposition: "The relationship between
  // X and Y" is one relationship.
  Phrase subject;
  for (const Slot& slot : full) {
    // "More than 2,400 dockworkers": "than" is part of the amount.
    const bool amount_than = slot.token >= 0 && tok(slot.token).lower == "than" && subject.size() == 1 &&
                             subject[0].token >= 0 &&
                             (tok(subject[0].token).lower == "more" || tok(subject[0].token).lower == "fewer" ||
                              tok(subject[0].token).lower == "less");
    if (slot.token >= 0 && is_preposition(tok(slot.token)) && !subject.empty() && !amount_than) break;
    subject.push_back(slot);
  }
  for (const Slot& slot : subject) {
    const std::string_view w = slot.token >= 0 ? std::string_view(tok(slot.token).lower) : slot.text();
    if (w == "and" || w.find(" and ") != std::string_view::npos) return true;
  }
  if (subject.empty()) return false;
  const Slot& last = subject.back();
  if (last.token >= 0) {
    const Token& t = tok(last.token);
    // A capital at the sentence's start is no name: "Volunteers".
    if (is_irregular_plural(t.lower)) return true;
    return (!t.capitalised || last.token == 0) && reads_as_plural(t.lower);
  }
  return false;
}

// A comparison after the comma at `k`, once the main verb group
// [main_verb, group_end) has been read: ", up from 3.9%", ", compared with
// 12 a year earlier". The compared figure becomes a claim of its own about
// the subject [subject_start, main_verb) ("Prices were 4%", "The survey
// counted 11 species in 2014"), unless it cannot stand in for the clause's
// figure; either way the phrase is cut from `idx` and `k` moves back.
// Returns false, changing nothing, for any other phrase. `close` is the
// next comma (idx.size() if none).
bool SentenceDecomposer::cut_comparison(Indices& idx, std::size_t& k, std::size_t close, std::size_t subject_start,
                                        std::size_t main_verb, std::size_t group_end, std::vector<Side>& sides) {
  const std::size_t next = k + 1;
  const std::string_view w = tok(idx[next]).lower;
  const bool mid = close < idx.size();
  const std::size_t cut_end = mid ? close + 1 : idx.size();
  const bool comparison = ((w == "up" || w == "down") && next + 1 < idx.size() && is(idx[next + 1], "from")) ||
                          (w == "compared" && next + 1 < idx.size() &&
                           (is(idx[next + 1], "with") || is(idx[next + 1], "to")));
  // "41 percent of homes are heated with oil, compared with 18 percent
  // nationally": the compared number is the subject's, and "41 percent
  // of homes was 18 percent" would be wrong; no side claim.
  // ("Only 9 percent of them", "About 40 percent": a leading adverb.)
  std::size_t amount = subject_start;
  while (amount + 1 < idx.size() && amount < subject_start + 2 && tok(idx[amount]).word &&
         (is(idx[amount], "only") || is(idx[amount], "just") || is(idx[amount], "about") || is(idx[amount], "nearly") ||
          is(idx[amount], "almost") || is(idx[amount], "around") || is(idx[amount], "roughly"))) {
    ++amount;
  }
  const bool number_subject = amount < idx.size() && tok(idx[amount]).word &&
                              is_ascii_digit(static_cast<unsigned char>(tok(idx[amount]).text.front()));
  if (comparison && next + 2 < cut_end && number_subject) {
    idx.erase(idx.begin() + static_cast<std::ptrdiff_t>(k), idx.begin() + static_cast<std::ptrdiff_t>(mid ? close : idx.size()));
    --k;
    return true;
  }
  // "up from the 25 percent Redbourne originally offered": a compared
  // amount with a clause of its own (not one opened by "when") cannot
  // stand in for the sentence's amount; the main claim drops it.
  // Nor can the amount of another group: "had lost 92 millilitres,
  // compared with 171 millilitres among those given a placebo".
  bool compared_clause = false;
  for (std::size_t j = next + 2; comparison && j < cut_end && j < idx.size(); ++j) {
    const std::string_view word = tok(idx[j]).lower;
    if (word == "among" || word == "group") {
      compared_clause = true;
      break;
    }
    if (word == "when" || word == "before" || word == "after" || word == "as" || word == "since") break;
    compared_clause = compared_clause || verb_like(idx, j);
  }
  if (comparison && next + 2 < cut_end && compared_clause) {
    idx.erase(idx.begin() + static_cast<std::ptrdiff_t>(k), idx.begin() + static_cast<std::ptrdiff_t>(mid ? close : idx.size()));
    --k;
    return true;
  }
  if (comparison && next + 2 < cut_end) {
    Side side;
    side.subject = slots(idx, subject_start, main_verb);
    const auto is_number = [&](int t) {
      return tok(t).word && (is_ascii_digit(static_cast<unsigned char>(tok(t).text.front())) || tok(t).info.cardinal);
    };
    // "5.8 million customers, up from 4.1 million": a scale word goes with
    // its number.
    const auto is_scale = [&](int t) {
      return is(t, "million") || is(t, "billion") || is(t, "thousand") || is(t, "trillion");
    };
    // "Prices rose to 5%, up from 4%": prices were 4%. "The survey counted
    // 17 species, up from 11": the survey counted 11.
    bool change = false;
    for (std::size_t j = main_verb; j < group_end; ++j) change = change || has_kind(tok(idx[j]), k_change_verb);
    // "Edda is the fifth named storm of the season, compared with three a
    // year earlier": a copula's complement without a number is no amount
    // the compared one can replace ("Edda was three").
    bool complement_number = false;
    for (std::size_t j = group_end; j < k; ++j) complement_number = complement_number || is_number(idx[j]);
    const std::string_view last_verb = tok(idx[group_end - 1]).lower;
    const bool copula = last_verb == "is" || last_verb == "are" || last_verb == "was" || last_verb == "were";
    if (copula && !complement_number) {
      idx.erase(idx.begin() + static_cast<std::ptrdiff_t>(k), idx.begin() + static_cast<std::ptrdiff_t>(mid ? close : idx.size()));
      --k;
      return true;
    }
    // "More than 40,000 people attended the festival, up from 32,000 last
    // year": with no number after the verb, the compared number counts
    // the subject's noun ("32,000 people attended the festival last
    // year"), where putting it after the verb would say "attended
    // 32,000".
    if (!complement_number) {
      const std::size_t compared_from = next + 2;
      const std::size_t compared_end = mid ? close : idx.size();
      std::size_t subject_number = main_verb;
      for (std::size_t j = subject_start; j < main_verb && subject_number == main_verb; ++j) {
        if (is_number(idx[j])) subject_number = j;
      }
      std::size_t noun = subject_number + 1;
      if (noun < main_verb && is_scale(idx[noun])) ++noun;
      if (subject_number < main_verb && noun < main_verb && compared_from < compared_end &&
          is_number(idx[compared_from])) {
        std::size_t compared_number_end = compared_from + 1;
        if (compared_number_end < compared_end && is_scale(idx[compared_number_end])) ++compared_number_end;
        side.subject = slots(idx, compared_from, compared_number_end);
        const Phrase counted = slots(idx, noun, main_verb);
        side.subject.insert(side.subject.end(), counted.begin(), counted.end());
        side.copula = " ";
        side.rest.assign(idx.begin() + static_cast<std::ptrdiff_t>(main_verb), idx.begin() + static_cast<std::ptrdiff_t>(k));
        side.rest.insert(side.rest.end(), idx.begin() + static_cast<std::ptrdiff_t>(compared_number_end),
                         idx.begin() + static_cast<std::ptrdiff_t>(compared_end));
        sides.push_back(std::move(side));
        idx.erase(idx.begin() + static_cast<std::ptrdiff_t>(k), idx.begin() + static_cast<std::ptrdiff_t>(compared_end));
        --k;
        return true;
      }
    }
    // "grew by 0.8 percent, up from 0.3 percent", "rose 3.2 percent,
    // compared with 1.1 percent": the numbers are amounts of change, not
    // levels, so the compared one grew too ("The economy grew by 0.3
    // percent"; "was 0.3 percent" would say something else). A level
    // follows "to" ("fell to 5.1 percent, compared with 5.6 percent").
    bool moved = false;  // a verb of movement, not a copula or "reached"
    for (std::size_t j = main_verb; j < group_end; ++j) {
      const std::string_view word = tok(idx[j]).lower;
      moved = moved || (has_kind(word, k_change_verb) && word != "is" && word != "are" && word != "was" &&
                        word != "were" && word != "reached" && word != "stood" && word != "hit");
    }
    bool amount_of_change = false;
    if (moved) {
      for (std::size_t j = group_end; j < k; ++j) {
        const Token& t = tok(idx[j]);
        if (t.word && t.lower == "to") break;
        if (t.word && is_ascii_digit(static_cast<unsigned char>(t.text.front()))) {
          amount_of_change = true;
          break;
        }
      }
    }
    if (change && !amount_of_change) {
      side.copula = subject_plural(side.subject) ? "were" : "was";
    } else {
      // "made up X, compared with Y": the verb's particle goes with it.
      std::size_t particle_end = group_end;
      while (particle_end < k && particle_end < group_end + 1 && tok(idx[particle_end]).word &&
             (is(idx[particle_end], "up") || is(idx[particle_end], "out") || is(idx[particle_end], "to") ||
              (amount_of_change && is(idx[particle_end], "by")))) {
        ++particle_end;
      }
      const std::string_view verb = tok(idx[group_end - 1]).lower;
      if (particle_end > group_end && is(idx[group_end], "to") &&
          (verb == "swung" || verb == "turned" || verb == "returned" || verb == "switched")) {
        // "swung to a profit, compared with a loss": it had the loss.
        side.copula = "had";
      } else {
        Phrase group = slots(idx, main_verb, particle_end);
        side.subject.insert(side.subject.end(), group.begin(), group.end());
        side.copula = " ";  // the verb group is already in the subject
      }
    }
    side.rest.assign(idx.begin() + static_cast<std::ptrdiff_t>(next + 2),
                     idx.begin() + static_cast<std::ptrdiff_t>(mid ? close : idx.size()));
    // "Okafor won 50.6 percent of the vote, compared with 49.4 percent for
    // Hardacre": Hardacre won the other number, of the same thing.
    if (!change && side.copula == " " && side.rest.size() >= 3) {
      std::size_t name = side.rest.size();
      while (name > 0 && tok(side.rest[name - 1]).word && tok(side.rest[name - 1]).capitalised) --name;
      if (name >= 2 && name < side.rest.size() && is(side.rest[name - 1], "for") &&
          is_ascii_digit(static_cast<unsigned char>(tok(side.rest[0]).text.front()))) {
        Phrase who = slots(side.rest, name, side.rest.size());
        Phrase group(side.subject.begin() + static_cast<std::ptrdiff_t>(main_verb - subject_start), side.subject.end());
        who.insert(who.end(), group.begin(), group.end());
        side.subject = std::move(who);
        side.rest.resize(name - 1);
        // The main number's "of the vote" goes with the other number.
        for (std::size_t j = group_end; j < k; ++j) {
          if (!tok(idx[j]).word || !is_ascii_digit(static_cast<unsigned char>(tok(idx[j]).text.front()))) continue;
          std::size_t of = j + 1;
          while (of < k && tok(idx[of]).word && !is(idx[of], "of") && !is_preposition(tok(idx[of]))) ++of;
          if (of < k && is(idx[of], "of")) side.rest.insert(side.rest.end(), idx.begin() + static_cast<std::ptrdiff_t>(of), idx.begin() + static_cast<std::ptrdiff_t>(k));
          break;
        }
      }
    }
    // "up from its previous forecast of 820 million euros": the forecast
    // was that number ("expects its previous forecast" would misread).
    if (side.rest.size() >= 4 && (is(side.rest[0], "its") || is(side.rest[0], "their") || is(side.rest[0], "the"))) {
      for (std::size_t j = 2; j + 1 < side.rest.size() && j < 6; ++j) {
        if (!tok(side.rest[j]).word || verb_like(side.rest, j)) break;
        if (is(side.rest[j], "of") && is_ascii_digit(static_cast<unsigned char>(tok(side.rest[j + 1]).text.front()))) {
          side.subject = slots(side.rest, 0, j);
          // "its previous forecast": the forecast of the clause's subject
          // ("Dunmore now expects X, up from its previous forecast").
          if ((is(side.rest[0], "its") || is(side.rest[0], "their")) && main_verb > subject_start &&
              main_verb - subject_start <= 4) {
            Phrase owner = slots(idx, subject_start, main_verb);
            while (!owner.empty() && owner.back().token >= 0 && is_adverb_before_verb(tok(owner.back().token))) {
              owner.pop_back();
            }
            if (!owner.empty() && owner.back().token >= 0 && !tok(owner.back().token).possessive &&
                !is_pronoun(tok(owner.back().token))) {
              owner.back().possessive = true;
              owner.insert(owner.end(), side.subject.begin() + 1, side.subject.end());
              side.subject = std::move(owner);
            }
          }
          side.copula = "was";
          side.rest.erase(side.rest.begin(), side.rest.begin() + static_cast<std::ptrdiff_t>(j + 1));
          break;
        }
      }
    }
    // "counted 27 fish species in 2024, compared with 11 in 2014": the
    // bare number counts what the main clause's number counted.
    const auto is_plain_noun = [&](int t) {
      const Token& w = tok(t);
      return w.word && !w.capitalised && w.info.classes == 0 && w.info.form == VerbForm::none &&
             !is_ascii_digit(static_cast<unsigned char>(w.text.front()));
    };
    // "5.8 million customers, up from 4.1 million": the scale word stays
    // with each number, the noun is carried.
    const std::size_t after_number = side.rest.size() > 1 && is_scale(side.rest[1]) ? 2 : 1;
    if (!side.rest.empty() && is_number(side.rest[0]) &&
        (side.rest.size() == after_number || !is_plain_noun(side.rest[after_number]))) {
      for (std::size_t j = group_end; j < k; ++j) {
        if (!is_number(idx[j])) continue;
        std::size_t unit_start = j + 1;
        if (unit_start < k && is_scale(idx[unit_start])) ++unit_start;
        std::size_t unit_end = unit_start;
        while (unit_end < k && is_plain_noun(idx[unit_end]) && !is_scale(idx[unit_end])) ++unit_end;
        side.rest.insert(side.rest.begin() + static_cast<std::ptrdiff_t>(after_number),
                         idx.begin() + static_cast<std::ptrdiff_t>(unit_start),
                         idx.begin() + static_cast<std::ptrdiff_t>(unit_end));
        break;
      }
    }
    // "has 5.8 million customers, up from 4.1 million three years ago":
    // the earlier figure is in the past tense.
    const bool earlier = std::any_of(side.rest.begin(), side.rest.end(), [&](int t) {
      return is(t, "ago") || is(t, "earlier") || is(t, "last") ||
             is_year(tok(t).text);
    });
    if (earlier && side.copula == " ") {
      for (Slot& slot : side.subject) {
        if (slot.token < 0) continue;
        const std::string_view verb = tok(slot.token).lower;
        if (verb == "has" || verb == "have") slot = added_.slot("had");
      }
    }
    sides.push_back(std::move(side));
    idx.erase(idx.begin() + static_cast<std::ptrdiff_t>(k), idx.begin() + static_cast<std::ptrdiff_t>(mid ? close : idx.size()));
    --k;
    return true;
  }
  return false;
}

// A participial clause after the comma at `k`, the last of the comma rules:
// ", forming a common front" / ", aimed at curbing ...". It becomes a claim
// about the subject [subject_start, main_verb) or the noun it follows, in
// the tense `past` gives, and is cut from `idx` (with `v` re-read and `k`
// moved back); a participle that belongs to the main claim (a list's verb,
// an amount's change, a result of a passive) is left in place. `close` is
// the next comma (idx.size() if none).
void SentenceDecomposer::cut_participial_clause(Indices& idx, std::size_t& k, std::size_t close,
                                                std::size_t subject_start, std::size_t main_verb,
                                                std::size_t group_end, bool past, int& v, std::vector<Side>& sides) {
  const std::size_t next = k + 1;
  const std::string_view w = tok(idx[next]).lower;
  const bool mid = close < idx.size();
  const std::size_t cut_end = mid ? close + 1 : idx.size();

  const VerbForm form = tok(idx[next]).capitalised ? VerbForm::none : verb_form(w);
  const bool excluded = has_kind(w, k_not_participle);
  // Nor is one verb phrase of a list: "released five albums, performed
  // four tours, and won several awards".
  bool verb_list_item = false;
  if (form == VerbForm::past && v >= 0 && group_end > main_verb && group_end <= k &&
      same_tense(tok(idx[group_end - 1]), tok(idx[next]))) {
    for (std::size_t j = next + 2; j + 1 < idx.size() && !verb_list_item; ++j) {
      verb_list_item = is(idx[j], "and") && verb_form(tok(idx[j + 1])) == VerbForm::past &&
                       !tok(idx[j + 1]).capitalised;
    }
  }
  // A lone word is a list item ("logistics, scheduling, manufacturing"),
  // not a clause.
  // "... before Brennan, collecting a kick from the fly-half, dived in":
  // a participle between the subject and the verb of a subordinate
  // clause describes that subject.
  if (!excluded && form == VerbForm::gerund && mid && k >= 2 && close + 1 < idx.size() && tok(idx[k - 1]).capitalised &&
      tok(idx[k - 1]).word && verb_like(idx, close + 1)) {
    std::size_t name = k - 1;
    while (name > 0 && tok(idx[name - 1]).word && tok(idx[name - 1]).capitalised) --name;
    if (name > 0 && (tok(idx[name - 1]).info.kinds & english::k_subordinator) != 0) {
      Side side;
      side.subject = slots(idx, name, k);
      side.copula = past ? "was" : "is";
      side.rest.assign(idx.begin() + static_cast<std::ptrdiff_t>(next), idx.begin() + static_cast<std::ptrdiff_t>(close));
      sides.push_back(std::move(side));
      idx.erase(idx.begin() + static_cast<std::ptrdiff_t>(k), idx.begin() + static_cast<std::ptrdiff_t>(close + 1));
      v = find_main_verb(idx, 0);
      --k;
      return;
    }
  }
  // "recording winds of 35 knots, gusting to 52 knots": a participle
  // that takes the amount of a thing ("winds of 35 knots") to another
  // amount tells of that thing, not of the subject; it stays in the main
  // claim. ("The index closed at 7,420 points, rising by 2 percent" is
  // about the index.)
  if (form == VerbForm::gerund && next + 2 < idx.size() &&
      (is(idx[next + 1], "to") || is(idx[next + 1], "at") || is(idx[next + 1], "by"))) {
    const auto amount_at = [&](std::size_t j) {
      const Token& t = tok(idx[j]);
      return (t.word && is_ascii_digit(static_cast<unsigned char>(t.text.front()))) || is_currency_sign(t.text);
    };
    bool thing_of_amount = false;
    for (std::size_t j = k >= 3 ? k - 3 : 0; j + 1 < k; ++j) {
      thing_of_amount = thing_of_amount || (is(idx[j], "of") && amount_at(j + 1));
    }
    if (thing_of_amount && amount_at(next + 2)) return;
  }
  // "known for his speed, movement, agility, dribbling skills, first
  // touch and ball control": a short item of a list of nouns, not a
  // participle of the subject.
  bool noun_list_item = false;
  if (mid && form == VerbForm::gerund && close - next <= 3) {
    std::size_t previous = k;
    while (previous > 0 && !is_comma(idx[previous - 1])) --previous;
    if (previous > 0 && k - previous <= 3) {
      noun_list_item = true;
      for (std::size_t j = previous; j < k; ++j) {
        const Token& t = tok(idx[j]);
        noun_list_item = noun_list_item && t.word && !is_auxiliary(t) && !is_determiner(t) &&
                         (t.info.form == VerbForm::none || t.info.form == VerbForm::gerund);
      }
    }
  }
  // "their ethereal, haunting and atmospheric sound": a gerund joined
  // to an adjective is one too.
  const bool adjectival = form == VerbForm::gerund && next + 2 < idx.size() &&
                          (is(idx[next + 1], "and") || is(idx[next + 1], "or")) && tok(idx[next + 2]).word &&
                          verb_form(tok(idx[next + 2])) == VerbForm::none && tok(idx[next + 2]).info.classes == 0 &&
                          !tok(idx[next + 2]).capitalised;
  // "Hollinsworth Town have been bought by Redcliffe Capital ..., ending
  // Graham Pell's 17 years as owner": after a passive, a participle of
  // result tells what the event did, not what the subject did, and stays
  // in the main claim. ("The storm hit the coast, killing 12 people" is
  // the storm's.)
  if (form == VerbForm::gerund && has_kind(tok(idx[next]), k_result_participle) && v >= 0 && group_end > main_verb &&
      verb_form(tok(idx[group_end - 1])) == VerbForm::past) {
    bool passive = false;
    for (std::size_t j = main_verb; j + 1 < group_end; ++j) {
      const std::string_view be = tok(idx[j]).lower;
      passive = passive || be == "been" || be == "was" || be == "were" || be == "is" || be == "are" || be == "be";
    }
    if (passive) return;
  }
  if (!excluded && !verb_list_item && !noun_list_item && !adjectival &&
      (form == VerbForm::gerund || (form == VerbForm::past && !is_auxiliary(w))) &&
      next + 1 < (mid ? close : idx.size())) {
    Side side;
    std::size_t rest_from = next;
    // "having also been beaten", "having never fully recovered": adverbs
    // may stand before the participle.
    std::size_t perfect = next + 1;
    while (perfect + 1 < cut_end && tok(idx[perfect]).word && !tok(idx[perfect]).capitalised &&
           (is_adverb_before_verb(tok(idx[perfect])) || tok(idx[perfect]).lower == "never")) {
      ++perfect;
    }
    if (form == VerbForm::gerund && w == "having" && perfect < cut_end &&
        (verb_form(tok(idx[perfect])) == VerbForm::past || is(idx[perfect], "been"))) {
      // ", having won an Academy Award": "has won", not "is having won".
      side.subject = slots(idx, subject_start, main_verb);
      side.copula = past ? "had" : subject_plural(side.subject) ? "have" : "has";
      rest_from = next + 1;
    } else if (form == VerbForm::gerund) {
      side.subject = slots(idx, subject_start, main_verb);
      // "..., succeeding Erich Honecker on 18 October 1989": a dated
      // participle tells of the past whatever the main clause's tense.
      const bool was = past || dates_past_event(idx, next, mid ? close : idx.size());
      side.copula = subject_plural(side.subject) ? (was ? "were" : "are") : (was ? "was" : "is");
      // "The ship sank, killing 1,500 people": in the past, what the
      // participle adds happened, once ("The ship killed 1,500 people"),
      // where "was killing" would tell of something under way.
      side.simple_past = was && !is_auxiliary(tok(idx[next]));
      // "The bridge is 240 metres long, making it the longest in Wales":
      // after a copula, "it" is the subject, and the claim is what it
      // makes the subject.
      const bool copula_clause = v >= 0 && (is(idx[main_verb], "is") || is(idx[main_verb], "are") ||
                                            is(idx[main_verb], "was") || is(idx[main_verb], "were"));
      if (w == "making" && copula_clause && next + 2 < cut_end && (is(idx[next + 1], "it") || is(idx[next + 1], "them"))) {
        rest_from = next + 2;
        side.simple_past = false;
      }
    } else if (w == "born") {
      // "an actor, born on April 23": a birth is in the past.
      side.subject = slots(idx, subject_start, main_verb);
      side.copula = "was";
    } else {
      // A past participle describes the object when there is one
      // ("imposed sanctions on X, aimed at ..."), else the subject.
      const bool copula = v >= 0 && (is(idx[main_verb], "is") || is(idx[main_verb], "are") ||
                                     is(idx[main_verb], "was") || is(idx[main_verb], "were"));
      // Not after a clause ("began clearing the channel in 1987, led by
      // a local teacher": the volunteers were led) or a bare word that
      // is no plural noun ("grew fast, helped by low rates").
      const Token& complement = tok(idx[std::min(group_end, k)]);
      const bool clause = complement.info.form == VerbForm::gerund || complement.lower == "to";
      const bool number_before = tok(idx[k - 1]).word && is_ascii_digit(static_cast<unsigned char>(tok(idx[k - 1]).text.front()));
      const bool bare_word = group_end + 1 == k && !tok(idx[group_end]).capitalised &&
                             !tok(idx[group_end]).lower.ends_with("s");
      // "hopes to return to excavate a second building, detected by
      // radar": a thing the infinitive brings in is what the participle
      // describes.
      bool introduced = false;
      if (clause && complement.lower == "to" && group_end < k) {
        const std::size_t start = noun_phrase_start(idx, k, group_end);
        introduced = start + 1 < k && (is(idx[start], "a") || is(idx[start], "an"));
      }
      const bool object = !copula && group_end < k && tok(idx[group_end]).word && (!clause || introduced) &&
                          !number_before && !bare_word;
      std::size_t np = k;
      if (object) {
        // The nearest noun phrase, with its prepositional tail:
        // "sanctions on both countries", "a joint committee".
        np = noun_phrase_start(idx, k, group_end);
        while (np > group_end + 1 && tok(idx[np - 1]).word && is_preposition(tok(idx[np - 1])) &&
               tok(idx[np - 1]).lower != "to" && tok(idx[np - 2]).word &&
               !is_preposition(tok(idx[np - 2])) && verb_form(tok(idx[np - 2])) == VerbForm::none) {
          np = noun_phrase_start(idx, np - 1, group_end);
        }
      }
      side.subject = object && np < k ? slots(idx, np, k) : slots(idx, subject_start, main_verb);
      const bool was = past || dates_past_event(idx, next, mid ? close : idx.size());
      side.copula = subject_plural(side.subject) ? (was ? "were" : "are") : (was ? "was" : "is");
      if (holds_since(idx, next + 1, mid ? close : idx.size())) {
        side.copula = subject_plural(side.subject) ? "have been" : "has been";
      }
    }
    side.elaborates_main = true;
    // A name in apposition ends the clause with it: ", led by a local
    // teacher, Margaret Oakes, who later wrote ...".
    std::size_t clause_close = close;
    bool clause_mid = mid;
    // Commas inside the clause ("supporting causes such as cancer
    // research, children's charities, and ...") do not end it while no
    // verb follows.
    if (clause_mid) {
      const bool verb_after = verb_follows(idx, close + 1);
      bool listed = false;
      for (std::size_t j = close + 1; j + 1 < idx.size() && !listed; ++j) {
        listed = is_comma(idx[j]) && (is(idx[j + 1], "and") || is(idx[j + 1], "or"));
      }
      listed = listed || (close + 1 < idx.size() && (is(idx[close + 1], "and") || is(idx[close + 1], "or")));
      // Only a list the clause itself opens; otherwise the clause may be
      // an item of the list ("exploring the coast, playing the guitar,
      // and reading").
      bool opens_list = false;
      for (std::size_t j = next; j < close && !opens_list; ++j) {
        opens_list = is(idx[j], "such") || is(idx[j], "including") || is(idx[j], "like");
      }
      // Or its object is the list's first item: "having won an Oscar, an
      // Emmy, and a Tony".
      opens_list = opens_list || (close + 1 < idx.size() && tok(idx[close + 1]).word &&
                                  (is(idx[close + 1], "a") || is(idx[close + 1], "an") || is(idx[close + 1], "the")));
      if (!verb_after && listed && opens_list) {
        clause_close = idx.size();
        clause_mid = false;
      }
      // "learning to survey land, to calculate loads and to manage gangs":
      // infinitives after the clause's own are more of its list.
      // (After "to", a plain word the verb table lacks is a verb too: "to
      // survey".)
      const auto infinitive_at = [&](std::size_t j) {
        if (j + 1 >= idx.size() || !is(idx[j], "to")) return false;
        const Token& t = tok(idx[j + 1]);
        return t.word && !t.capitalised && t.info.classes == 0 &&
               (t.info.form == VerbForm::base || t.info.form == VerbForm::none) &&
               !is_ascii_digit(static_cast<unsigned char>(t.text.front()));
      };
      bool own_infinitive = false;
      for (std::size_t j = next; j + 1 < close && !own_infinitive; ++j) own_infinitive = infinitive_at(j);
      if (clause_mid && own_infinitive && infinitive_at(close + 1)) {
        clause_close = idx.size();
        clause_mid = false;
      }
      // "born on March 27, 1955, in Havana, Cuba": a place that ends the
      // sentence after the clause's comma is the clause's too.
      if (clause_mid && close + 2 < idx.size() && (is(idx[close + 1], "in") || is(idx[close + 1], "at")) &&
          tok(idx[close + 2]).capitalised) {
        bool place_to_end = true;
        for (std::size_t j = close + 2; j < idx.size() && place_to_end; ++j) {
          const Token& t = tok(idx[j]);
          place_to_end = (t.word && t.capitalised && !verb_like(idx, j)) || is_comma(idx[j]) || !t.word;
        }
        if (place_to_end) {
          clause_close = idx.size();
          clause_mid = false;
        }
      }
    }
    std::size_t end = clause_mid ? clause_close : idx.size();
    // So does a date's year: ", born on April 23, 1994".
    const auto is_digits = [&](int t, std::size_t lo, std::size_t hi) {
      const std::string_view x = tok(t).text;
      return x.size() >= lo && x.size() <= hi && all_digits(x);
    };
    if (clause_mid && clause_close + 1 < idx.size() && is_digits(idx[clause_close - 1], 1, 2) &&
        is_digits(idx[clause_close + 1], 4, 4)) {
      end = clause_close + 2;
      while (end < idx.size() && !is_comma(idx[end])) ++end;
      clause_close = end;
      clause_mid = end < idx.size();
    }
    if (clause_mid) {
      const std::size_t close = clause_close;
      std::size_t name_end = close + 1;
      while (name_end < idx.size() && !is_comma(idx[name_end])) ++name_end;
      // Not an item of a list: "in the New York Times, The Guardian, and Al Jazeera".
      const bool listed = name_end + 1 < idx.size() && (is(idx[name_end + 1], "and") || is(idx[name_end + 1], "or"));
      if (name_end - close - 1 >= 2 && is_name_run(idx, close + 1, name_end) && !listed) end = name_end;
    }
    side.rest.assign(idx.begin() + static_cast<std::ptrdiff_t>(rest_from), idx.begin() + static_cast<std::ptrdiff_t>(end));
    // ", bringing gusts of 94 mph and leaving 85,000 homes without
    // power": two participles, two claims.
    if (form == VerbForm::gerund && w != "having") {
      for (std::size_t j = 2; j + 2 < side.rest.size(); ++j) {
        if (!is(side.rest[j], "and") || tok(side.rest[j + 1]).capitalised ||
            verb_form(tok(side.rest[j + 1])) != VerbForm::gerund) {
          continue;
        }
        Side second = side;
        second.rest.assign(side.rest.begin() + static_cast<std::ptrdiff_t>(j + 1), side.rest.end());
        side.rest.resize(j > 0 && is_comma(side.rest[j - 1]) ? j - 1 : j);
        sides.push_back(side);
        side = std::move(second);
        j = 1;
      }
    }
    sides.push_back(std::move(side));
    std::size_t erase_end = end;
    if (end != clause_close && end + 2 < idx.size() && is_comma(idx[end]) && is(idx[end + 1], "who")) {
      // "..., Margaret Oakes, who later wrote a history": the name's
      // relative clause, which the name's removal would orphan.
      std::size_t relative_end = end + 2;
      while (relative_end < idx.size() && !is_comma(idx[relative_end])) ++relative_end;
      Side relative;
      relative.subject = slots(idx, clause_close + 1, end);
      relative.rest.assign(idx.begin() + static_cast<std::ptrdiff_t>(end + 2),
                           idx.begin() + static_cast<std::ptrdiff_t>(relative_end));
      sides.push_back(std::move(relative));
      erase_end = relative_end;
    } else if (clause_mid && end == clause_close && end + 2 < idx.size() && is(idx[end + 1], "which") &&
               verb_like(idx, end + 2)) {
      // ", breaking the attendance record of 12,950, which had stood since
      // 1998": the relative clause is about the participle's object, and
      // would be orphaned by the clause's removal.
      std::size_t relative_end = end + 2;
      while (relative_end < idx.size() && !is_comma(idx[relative_end])) ++relative_end;
      std::size_t np = noun_phrase_start(idx, end, next + 1);
      // With its "of" tail: "the attendance record of 12,950".
      while (np > next + 2 && is(idx[np - 1], "of")) np = noun_phrase_start(idx, np - 1, next + 1);
      if (np < end) {
        Side relative;
        relative.subject = slots(idx, np, end);
        // "the Carrow Viaduct, completed in 1869, which carried the
        // railway": a date the participle gives is no antecedent; the
        // relative is about what the participle described.
        if (np > next && is_preposition(tok(idx[np - 1])) && np + 1 == end && all_digits(tok(idx[np]).text) &&
            !sides.back().subject.empty()) {
          relative.subject = sides.back().subject;
        }
        relative.rest.assign(idx.begin() + static_cast<std::ptrdiff_t>(end + 2),
                             idx.begin() + static_cast<std::ptrdiff_t>(relative_end));
        sides.push_back(std::move(relative));
        erase_end = relative_end;
      }
    }
    idx.erase(idx.begin() + static_cast<std::ptrdiff_t>(k), idx.begin() + static_cast<std::ptrdiff_t>(erase_end));
    --k;
    return;
  }
}

// The main clause read into its subject and verb phrases, `v` being its
// verb group's first word: "has expressed X and has supported Y", "cut 300
// jobs, closed two plants and sold its stake" (auxiliaries of the first
// group go to later bare participles, an infinitive's "to" to later bare
// verbs, and only verbs whose tenses agree start a phrase). The subject is
// `subject_override` when one is given.
void SentenceDecomposer::read_verb_phrases(const Indices& idx, std::size_t v,
                                           const std::optional<Phrase>& subject_override, Phrase& subject,
                                           std::vector<Phrase>& predicates) const {
  subject = subject_override ? *subject_override : slots(idx, 0, static_cast<std::size_t>(v));
  const std::size_t vs = static_cast<std::size_t>(v);
  const std::size_t ge = verb_group_end(idx, vs);
  // Auxiliaries of the first group, carried to later verb phrases that
  // start with a bare participle ("have maintained X and engaged in Y").
  Phrase auxiliaries;
  bool passive = false;
  for (std::size_t k = vs; k < ge; ++k) {
    const std::string_view w = tok(idx[k]).lower;
    // The group's last word is its verb: "had" in "had a career batting
    // average" is no auxiliary to carry ("and finished with").
    if (is_auxiliary(w) && k + 1 < ge) auxiliaries.push_back(Slot{idx[k], nullptr, false, false});
    if (w == "been" || w == "was" || w == "were" || w == "is" || w == "are" || w == "be") passive = true;
  }
  VerbForm main_form = ge > vs ? verb_form(tok(idx[ge - 1])) : VerbForm::none;
  if (ge > vs && main_form == VerbForm::none) {
    // A copula or "had" as the verb: "was a member of the team and served".
    const std::string_view be = tok(idx[ge - 1]).lower;
    // Present copulas stay out: "These are people that kill X and treat
    // Y" coordinates inside the relative clause.
    if (be == "was" || be == "were" || be == "had") main_form = VerbForm::past;
    // With no relative clause after it, a present copula goes on in the
    // present: "is a left-arm spinner and plays for Somerset". (Not "are":
    // its plural takes a bare verb, and a bare verb after "and" is as often
    // an infinitive's: "are busy and it's hard to get there and vote".)
    if (be == "is") {
      bool relative = false;
      for (std::size_t j = ge; j < idx.size() && !relative; ++j) {
        relative = is(idx[j], "that") || is(idx[j], "who") || is(idx[j], "which") || is(idx[j], "whom") ||
                   is(idx[j], "whose") || is(idx[j], "where");
      }
      if (!relative) main_form = VerbForm::third_person;
    }
  }
  passive = passive && main_form == VerbForm::past;
  // Split points: "and" (or ", and", ", but") before a verb of the same form or an
  // auxiliary. Passive groups are not split on a bare participle: in "was
  // shaped by X and shared Y", "shared" is an adjective of the object.
  std::vector<std::size_t> cuts;  // positions of "and"
  // For a cut before "to VERB": where the first "to VERB" starts, so the
  // words before it are shared ("plans to repeat X and to release Y").
  std::map<std::size_t, std::size_t> infinitive_of_cut;
  // "released five albums, performed four tours, and won several awards":
  // a list of verb phrases, whose commas cut like its "and".
  const auto same_form_verb_at = [&](std::size_t j) {
    if (j >= idx.size() || !tok(idx[j]).word || tok(idx[j]).capitalised || is_auxiliary(tok(idx[j]))) return false;
    return same_tense(tok(idx[j]), tok(idx[ge - 1]));
  };
  // With or without a comma before its "and": "cut 300 jobs, closed two
  // plants and sold its stake".
  bool verb_list = false;
  bool listed_comma = false;
  for (std::size_t k = ge + 1; k + 1 < idx.size() && !verb_list; ++k) {
    if (is_comma(idx[k]) && same_form_verb_at(k + 1)) listed_comma = true;
    verb_list = is(idx[k], "and") && (is_comma(idx[k - 1]) || listed_comma) && same_form_verb_at(k + 1);
  }
  // "starred in, co-wrote, and co-produced the film": verbs that share
  // one object are no list of verb phrases (a comma after a bare verb or
  // a preposition).
  const auto shares_object = [&](std::size_t comma) {
    if (comma == 0) return false;
    const Token& before = tok(idx[comma - 1]);
    const std::string_view w = before.lower;
    if (before.word && (w == "in" || w == "on" || w == "at" || w == "for" || w == "with" || w == "to" ||
                        w == "from" || w == "of" || w == "by" || w == "about" || w == "into")) {
      return true;
    }
    // A one-word item: the group's own verb, or a lower-case word between
    // commas ("co-wrote").
    return comma >= 2 && before.word && !before.capitalised &&
           !is_ascii_digit(static_cast<unsigned char>(before.text.front())) &&
           ((comma == ge && verb_form(before) != VerbForm::none) || is_comma(idx[comma - 2]));
  };
  for (std::size_t k = ge; k + 1 < idx.size() && verb_list; ++k) {
    if (is_comma(idx[k]) && shares_object(k)) verb_list = false;
  }
  for (std::size_t k = ge + 1; k + 1 < idx.size(); ++k) {
    const bool list_comma = verb_list && is_comma(idx[k]) && !is(idx[k + 1], "and") && same_form_verb_at(k + 1);
    if (list_comma) {
      cuts.push_back(k);
      continue;
    }
    // ", but was limited by injuries" goes on with the subject too, and
    // "retired in 2004 but continued to advise" (a verb right after it).
    // ("Coral reefs cover less than 1 percent of the ocean floor but
    // support a quarter of all marine species": in the present too. Not
    // after a negated group, whose "not" the second verb does not share:
    // "don't have any interest in politics but understand the issue".)
    bool negated_group = false;
    for (std::size_t j = vs >= 2 ? vs - 2 : 0; j < ge; ++j) {
      negated_group = negated_group || is_negation(tok(idx[j]).lower);
    }
    // ("was damaged by fire in 1992 but has since been restored": an
    // auxiliary after it too.)
    const bool but_verb = is(idx[k], "but") && !negated_group && k + 1 < idx.size() && tok(idx[k + 1]).word &&
                          !tok(idx[k + 1]).capitalised &&
                          (is_auxiliary(tok(idx[k + 1])) ||
                           (verb_form(tok(idx[k + 1])) == VerbForm::past && main_form == VerbForm::past) ||
                           ((main_form == VerbForm::base || main_form == VerbForm::third_person) &&
                            same_form_verb_at(k + 1)));
    if (!is(idx[k], "and") && !(is(idx[k], "but") && is_comma(idx[k - 1])) && !but_verb) continue;
    // "to promote and protect the principles", "will repeal and replace
    // it": a verb with nothing after it shares the next one's object.
    const bool bare_verb = verb_form(tok(idx[k - 1])) != VerbForm::none && !is_auxiliary(tok(idx[k - 1])) &&
                           (k - 1 == vs || (k >= 2 && (is(idx[k - 2], "to") || is_auxiliary(tok(idx[k - 2])))));
    if (bare_verb || (is_comma(idx[k - 1]) && shares_object(k - 1))) continue;
    // After "who" or "which" the "and" joins inside the relative clause:
    // "a journalist who specialized in politics and organized crime".
    bool relative = false;
    for (std::size_t j = ge; j < k && !relative; ++j) relative = is(idx[j], "who") || is(idx[j], "which");
    // So it does after an object relative clause with "that" that ends on
    // its verb: in "described the reporter that he mimicked and mocked on
    // television", the reporter was mocked, by "he". (Not a subject
    // relative: "wrote the book that made her famous and moved to Paris".)
    const Token& before_and = tok(idx[k - 1]);
    if (!relative && before_and.word && verb_form(before_and) != VerbForm::none &&
        verb_form(before_and) != VerbForm::gerund && !is_auxiliary(before_and)) {
      for (std::size_t j = ge + 1; j + 2 < k && !relative; ++j) {
        const Token& relative_subject = tok(idx[j + 1]);
        // Its subject is one pronoun or a determiner and a noun, and its
        // verb stands right before the "and" ("that I put in place in my
        // own state and allow ..." goes on with the main subject).
        const std::size_t verb_at = is_pronoun(relative_subject) ? j + 2 : j + 3;
        relative = is(idx[j], "that") && relative_after_noun(idx, j) && relative_subject.word && (is_pronoun(relative_subject) || is_determiner(relative_subject)) &&
                   verb_at + 1 == k;
      }
    }
    if (relative) continue;
    // "found that behaviour had improved and that teaching was strong":
    // two clauses of the one verb, each with the words before its "that".
    // (A complementiser: a subject follows, a pronoun, an article or a
    // name; not "and that is", "and that's", "and that better way".)
    const auto opens_subject = [&](std::size_t j) {
      if (j >= idx.size() || !tok(idx[j]).word) return false;
      const Token& t = tok(idx[j]);
      return (is_pronoun(t) && !t.possessive) || is(idx[j], "the") || is(idx[j], "a") || is(idx[j], "an") ||
             (t.capitalised && t.info.classes == 0);
    };
    if (k + 2 < idx.size() && is(idx[k + 1], "that") && !tok(idx[k + 1]).possessive && opens_subject(k + 2) &&
        verb_follows(idx, k + 2)) {
      for (std::size_t j = ge; j < k && j <= ge + 3; ++j) {
        if (is(idx[j], "that") && !tok(idx[j]).possessive && opens_subject(j + 1)) {
          infinitive_of_cut[k] = j;
          cuts.push_back(k);
          break;
        }
      }
      continue;
    }
    if (k + 2 < idx.size() && is(idx[k + 1], "to") && verb_form(tok(idx[k + 2])) == VerbForm::base) {
      for (std::size_t j = vs; j + 1 < k; ++j) {
        if (is(idx[j], "to") && verb_form(tok(idx[j + 1])) == VerbForm::base) {
          infinitive_of_cut[k] = j;
          cuts.push_back(k);
          break;
        }
      }
      continue;
    }
    std::size_t j = k + 1;
    // "gained four seats and now holds 14": "now" moves to the present.
    bool now = false;
    while (j < idx.size() && is_adverb_of_degree_or_time(tok(idx[j])) && !is_auxiliary(tok(idx[j]))) {
      now = now || is(idx[j], "now") || is(idx[j], "currently") || is(idx[j], "still");
      ++j;
    }
    if (j >= idx.size()) break;
    const Token& t = tok(idx[j]);
    if (!t.word || t.capitalised) continue;
    const VerbForm f = verb_form(t);
    const bool aux = is_auxiliary(t);
    // "and simplified and efficient memory management": a participle
    // joined to an adjective is one, not a verb.
    if (f == VerbForm::past && j + 2 < idx.size() && is(idx[j + 1], "and") && tok(idx[j + 2]).word &&
        tok(idx[j + 2]).info.form == VerbForm::none && tok(idx[j + 2]).info.classes == 0 &&
        !tok(idx[j + 2]).capitalised) {
      continue;
    }
    // "to bring down the deficit and get the economy going": the bare
    // verb goes on the infinitive, and takes its "to".
    if (f == VerbForm::base && !aux) {
      for (std::size_t i = k; i-- > vs;) {
        if (i + 1 < k && is(idx[i], "to") && verb_form(tok(idx[i + 1])) == VerbForm::base) {
          infinitive_of_cut[k] = i + 1;
          break;
        }
      }
    }
    // The tenses agree. "cut X and closed Y": "cut" may be either; "is
    // based in X and employs Y": a present passive goes on in the present.
    const bool invariant =
        main_form == VerbForm::base && ge - vs == 1 && english::is_invariant_past(tok(idx[ge - 1]).lower);
    // Only before an object: in "is involved in charities and causes
    // including X", "causes" is a noun.
    const Token* object = j + 1 < idx.size() ? &tok(idx[j + 1]) : nullptr;
    const bool present_passive =
        passive && ge - vs >= 2 && (is(idx[vs], "is") || is(idx[vs], "are")) && object != nullptr && object->word &&
        (is_determiner(*object) || object->capitalised || is_ascii_digit(static_cast<unsigned char>(object->text.front())) ||
         object->lower == "about" || object->lower == "more" || object->lower == "nearly" || object->lower == "some");
    const bool same_form =
        f != VerbForm::none && f != VerbForm::gerund &&
        ((main_form == VerbForm::past && f == VerbForm::past) ||
         (now && (main_form == VerbForm::past || invariant) && f == VerbForm::third_person) ||
         // "wants to put X and give Y": the bare verb goes on the infinitive.
         ((main_form == VerbForm::base || main_form == VerbForm::third_person) && f == VerbForm::base &&
          infinitive_of_cut.count(k) > 0) ||
         (invariant && f == VerbForm::past) ||
         // A present agrees with the first verb's person: in "The plan
         // means you can take a line and cut out the pork", "cut" goes
         // with "can", not with "means".
         (main_form == VerbForm::base && f == VerbForm::base) ||
         (main_form == VerbForm::third_person && f == VerbForm::third_person) ||
         (present_passive && (f == VerbForm::base || f == VerbForm::third_person)));
    // In a passive, "and" inside the agent phrase joins nouns: "was
    // shaped by wars and shared beliefs". Elsewhere it joins participles:
    // "was built in 1932 and last renovated in 1979".
    // (A past that is no participle is a verb of its own: "was founded by
    // the Romans in AD 43 and became a port".)
    bool agent = false;
    for (std::size_t j = ge; j < k; ++j) agent = agent || is(idx[j], "by");
    const bool simple_past = f == VerbForm::past && english::is_simple_past_only(t.lower);
    if (aux || (same_form && (!(passive && agent) || simple_past))) cuts.push_back(k);
  }
  std::size_t start = vs;
  cuts.push_back(idx.size());
  for (std::size_t c = 0; c < cuts.size(); ++c) {
    std::size_t end = cuts[c];
    if (end > start && end < idx.size() && is_comma(idx[end - 1])) --end;
    Phrase predicate;
    const auto infinitive = c > 0 ? infinitive_of_cut.find(cuts[c - 1]) : infinitive_of_cut.end();
    if (infinitive != infinitive_of_cut.end()) {
      predicate = slots(idx, vs, infinitive->second);
    } else if (c > 0) {
      // A later verb phrase starting with a bare participle shares the
      // first one's auxiliaries.
      std::size_t j = start;
      while (j < idx.size() && is_adverb_of_degree_or_time(tok(idx[j])) && !is_auxiliary(tok(idx[j]))) ++j;
      // Not when the verb takes an object or is one that is rarely
      // passive: "was born in X and studied music", "and worked as".
      // ("published the same day": a time, not an object.)
      bool time_phrase = false;
      for (std::size_t t = j + 2; t < idx.size() && t <= j + 3 && !time_phrase; ++t) {
        const std::string_view word = tok(idx[t]).lower;
        time_phrase = word == "day" || word == "week" || word == "month" || word == "year" || word == "morning" ||
                      word == "afternoon" || word == "evening" || word == "night";
      }
      // A bare noun or a number is an object too: "was born in Auckland
      // and left home", "was released in 2017 and reached number 4".
      const auto bare_object = [&](const Token& t) {
        return (t.info.classes == 0 && t.info.form == VerbForm::none && !t.lower.ends_with("ly") && t.lower != "due") ||
               is_ascii_digit(static_cast<unsigned char>(t.text.front())) || t.info.cardinal;
      };
      const bool object = j + 1 < idx.size() && tok(idx[j + 1]).word && !time_phrase &&
                          (is_determiner(tok(idx[j + 1])) || is_pronoun(tok(idx[j + 1])) ||
                           tok(idx[j + 1]).capitalised || bare_object(tok(idx[j + 1])));
      // A perfect ("has released X, performed Y") always carries its
      // "has"; only a passive "was" needs the checks above.
      bool perfect = false;
      bool passive_aux = false;
      for (const Slot& aux : auxiliaries) {
        const std::string_view a = tok(aux.token).lower;
        perfect = perfect || a == "has" || a == "have" || a == "had";
        passive_aux = passive_aux || a == "been" || a == "be" || a == "was" || a == "were" || a == "is" || a == "are";
      }
      perfect = perfect && !passive_aux;
      const bool past_participle = j < idx.size() && (verb_form(tok(idx[j])) == VerbForm::past ||
                                                      (perfect && form_in_list(tok(idx[j])) == VerbForm::past));
      if (j < idx.size() && !is_auxiliary(tok(idx[j])) && past_participle &&
          !english::is_simple_past_only(tok(idx[j]).lower) &&
          (perfect || (!object && !has_kind(tok(idx[j]), k_rarely_passive_verb)))) {
        predicate = auxiliaries;
      } else if (j < idx.size() && !is_auxiliary(tok(idx[j])) && verb_form(tok(idx[j])) == VerbForm::base) {
        // "would break X and throw Y": the bare verb shares the modal.
        for (const Slot& aux : auxiliaries) {
          const std::string_view w = tok(aux.token).lower;
          if (w == "will" || w == "would" || w == "can" || w == "could" || w == "should" || w == "may" ||
              w == "might" || w == "must" || w == "can't" || w == "won't" || w == "wouldn't" || w == "couldn't" ||
              w == "shouldn't" || w == "did" || w == "didn't" || w == "do" || w == "does" || w == "don't" ||
              w == "doesn't") {
            predicate.push_back(aux);
          }
        }
      }
    }
    Phrase own = slots(idx, start, end);
    predicate.insert(predicate.end(), own.begin(), own.end());
    if (!predicate.empty()) predicates.push_back(std::move(predicate));
    start = cuts[c] + 1;
  }
  // "Symptoms include a fever, a cough and a rash": a list after
  // "include" or "comprise" names parts, each checkable on its own.
  if (predicates.size() == 1 && ge > vs && has_kind(tok(idx[ge - 1]), k_list_verb)) {
    std::vector<std::pair<std::size_t, std::size_t>> items;
    std::size_t item_start = ge;
    bool plain = true;
    // Commas and "and"s inside quotation marks or brackets are the
    // items' own ('"Tasks and Masks"', "(such as Jamaica, the Bahamas)").
    int brackets = 0;
    bool quoted = false;
    for (std::size_t j = ge; j <= idx.size(); ++j) {
      const bool separator = j == idx.size() || is_comma(idx[j]) || is(idx[j], "and") || is(idx[j], "or");
      if (!separator) {
        const std::string_view text = tok(idx[j]).text;
        if (text == "(") ++brackets;
        if (text == ")") --brackets;
        quoted = quoted_after(quoted, text);
        plain = plain && !verb_like(idx, j) && !is(idx[j], "including") && !is(idx[j], "that") &&
                !is(idx[j], "which") && !is(idx[j], "who");
        continue;
      }
      if (brackets != 0 || quoted) plain = false;
      if (j > item_start) items.emplace_back(item_start, j);
      item_start = j + 1;
    }
    bool short_items = items.size() >= 2 && items.size() <= 8;
    for (const auto& [from, to] : items) short_items = short_items && to - from <= 8;
    if (plain && short_items) {
      predicates.clear();
      for (const auto& [from, to] : items) {
        Phrase predicate = slots(idx, vs, ge);
        Phrase item = slots(idx, from, to);
        predicate.insert(predicate.end(), item.begin(), item.end());
        predicates.push_back(std::move(predicate));
      }
    }
  }
  // "X is a Canadian journalist, author and academic": each noun is a
  // role of its own ("X is an author"). Only bare nouns, each of one or
  // two words; the first keeps the article and adjectives it has, the
  // others get "a" or "an"; a closing "from Nashville" goes with each.
  if (predicates.size() == 1 && ge == vs + 1 && (is(idx[vs], "is") || is(idx[vs], "was")) && ge + 3 < idx.size() &&
      (is(idx[ge], "a") || is(idx[ge], "an"))) {
    std::vector<std::pair<std::size_t, std::size_t>> items;
    std::size_t item_start = ge + 1;
    std::size_t tail = idx.size();
    bool plain = true;
    bool ended = false;  // "and" seen: the next item is the last
    for (std::size_t j = ge + 1; j <= idx.size() && plain; ++j) {
      const bool end = j == idx.size();
      const bool separator = !end && (is_comma(idx[j]) || is(idx[j], "and"));
      const bool opens_tail = !end && !separator && ended && j > item_start && tok(idx[j]).word &&
                              is_preposition(tok(idx[j])) && !is(idx[j], "of");
      if (end || separator || opens_tail) {
        if (j > item_start) items.emplace_back(item_start, j);
        if (opens_tail || end) {
          tail = j;
          break;
        }
        if (is(idx[j], "and")) ended = true;
        item_start = j + 1;
        continue;
      }
      const Token& t = tok(idx[j]);
      const bool first_item = items.empty();
      plain = t.word && !is_ascii_digit(static_cast<unsigned char>(t.text.front())) && !t.possessive &&
              (t.info.classes == 0 || is_title(t)) && (first_item || !t.capitalised) &&
              (verb_form(t) == VerbForm::none || verb_form(t) == VerbForm::base) && t.lower != "who" &&
              t.lower != "which" && t.lower != "that" && t.lower != "whose";
    }
    bool short_items = plain && ended && items.size() >= 2 && items.size() <= 6;
    for (std::size_t i = 1; i < items.size() && short_items; ++i) {
      short_items = items[i].second - items[i].first <= 2;
    }
    // "an American stage and film actress", "a Venezuelan track and field
    // athlete": the words before "and" qualify the last item's noun; no
    // item is a role of its own unless it names one ("a writer and film
    // producer").
    if (short_items) {
      const auto& last = items.back();
      const auto& before = items[items.size() - 2];
      const Token& head = tok(idx[before.second - 1]);
      const bool role = english::is_person_role(head.lower) || is_title(head) || head.lower.ends_with("er") ||
                        head.lower.ends_with("or") || head.lower.ends_with("ist") || head.lower.ends_with("ian");
      if (items.size() == 2 && last.second - last.first == 2 && !role) short_items = false;
    }
    if (short_items && items[0].second - items[0].first <= 4) {
      predicates.clear();
      const Phrase rest = slots(idx, tail, idx.size());
      for (std::size_t i = 0; i < items.size(); ++i) {
        Phrase predicate = slots(idx, vs, ge);
        if (i == 0) {
          predicate.push_back(Slot{idx[ge], nullptr, false, false});
        } else {
          const std::string_view noun = tok(idx[items[i].first]).lower;
          const bool vowel_sound = (noun.front() == 'a' || noun.front() == 'e' || noun.front() == 'i' ||
                                    noun.front() == 'o' || noun.front() == 'u') &&
                                   !noun.starts_with("uni") && !noun.starts_with("use") && !noun.starts_with("eu") &&
                                   !noun.starts_with("one");
          const bool silent_h = noun.starts_with("hour") || noun.starts_with("honest") || noun.starts_with("heir") ||
                                noun.starts_with("honou") || noun.starts_with("honor");
          predicate.push_back(added_.slot(vowel_sound || silent_h ? "an" : "a"));
        }
        Phrase item = slots(idx, items[i].first, items[i].second);
        predicate.insert(predicate.end(), item.begin(), item.end());
        predicate.insert(predicate.end(), rest.begin(), rest.end());
        predicates.push_back(std::move(predicate));
      }
    }
  }
}

std::optional<Indices> SentenceDecomposer::reporting_verb_phrase(const Indices& idx, std::size_t v,
                                                                  const Phrase& predicate) const {
  Indices clause(idx.begin(), idx.begin() + static_cast<std::ptrdiff_t>(v));
  for (const Slot& slot : predicate) {
    if (slot.token < 0) return std::nullopt;
    clause.push_back(slot.token);
  }
  std::size_t k = v;
  while (k < clause.size() && (is_adverb_before_verb(tok(clause[k])) || is_auxiliary(tok(clause[k])))) ++k;
  if (k + 2 >= clause.size()) return std::nullopt;
  const Token& verb = tok(clause[k]);
  const VerbForm form = verb_form(verb);
  if (!is_attribution_verb(verb) || verb.capitalised || (form != VerbForm::past && form != VerbForm::third_person)) {
    return std::nullopt;
  }
  // "that" after the verb, past a listener or a time at most: "said that",
  // "told reporters that", "said on Monday that". A comma or another verb
  // first ("said the rules, which ...") is no report of this kind.
  for (std::size_t j = k + 1; j < clause.size() && j <= k + 5; ++j) {
    if (is(clause[j], "that")) return j + 1 < clause.size() ? std::optional<Indices>(std::move(clause)) : std::nullopt;
    if (!tok(clause[j]).word || verb_like(clause, j)) break;
  }
  return std::nullopt;
}

void SentenceDecomposer::process_clause(Indices idx, Context context,
                                        std::optional<Phrase> subject_override) {
  if (!subject_override && !context.side) {
    if (std::optional<Indices> inverted = so_inversion(idx)) idx = std::move(*inverted);
  }
  if (!subject_override) strip_fronted(idx, context);
  // Trailing separators left by a cut ("X, and" / "X;"); a closing
  // bracket, quote or percent sign belongs to the claim.
  while (!idx.empty() && (tok(idx.back()).text == "," || tok(idx.back()).text == ";" ||
                          tok(idx.back()).text == ":" || tok(idx.back()).text == "-" ||
                          tok(idx.back()).text == "\xE2\x80\x94" || tok(idx.back()).text == "\xE2\x80\x93")) {
    idx.pop_back();
  }
  if (idx.empty()) return;

  std::size_t subject_start = 0;
  int v = subject_override ? 0 : find_main_verb(idx, 0);

  // "X is widely expected to ...", "X is said to have ...": a report or
  // belief whose holder the sentence does not name.
  if (!context.attribution) {
    // Only the clause's first verb: in "The repairs will cost 2.6 million
    // pounds and are expected to take seven months" the cost is stated, and
    // a verb between commas ("The bank, which meets on Friday, is widely
    // expected to") belongs to a relative clause.
    bool between_commas = false;
    for (std::size_t k = 1; k + 2 < idx.size(); ++k) {
      if (is_comma(idx[k])) between_commas = !between_commas;
      const std::string_view w = tok(idx[k]).lower;
      if (w != "is" && w != "are" && w != "was" && w != "were") {
        // (Not a fronted participle: "Popularly dubbed \"the phenomenon\", he
        // is widely considered to be".)
        const bool fronted = verb_form(tok(idx[k])) == VerbForm::past &&
                             (k == 0 || (k == 1 && tok(idx[0]).lower.ends_with("ly")));
        if (!between_commas && !fronted && finite_verb_at(idx, k)) break;
        continue;
      }
      std::size_t j = k + 1;
      while (j < idx.size() && is_adverb_before_verb(tok(idx[j]))) ++j;
      if (j + 1 < idx.size() && has_kind(tok(idx[j]), k_reported_participle) && is(idx[j + 1], "to")) {
        context.attribution = Claim::Attribution{render(slots(idx, k, j + 1)), true};
        context.attribution_of_predicate = true;
      }
      break;
    }
  }
  // "It is believed that ..." / "It is said that ...": an unnamed source.
  if (!subject_override && idx.size() > 4 && is(idx[0], "it") && is(idx[1], "is") &&
      (is(idx[2], "believed") || is(idx[2], "thought") || is(idx[2], "said") || is(idx[2], "reported") ||
       is(idx[2], "alleged") || is(idx[2], "understood") || is(idx[2], "claimed") ||
       is(idx[2], "rumoured") || is(idx[2], "rumored")) &&
      is(idx[3], "that")) {
    Phrase who = slots(idx, 0, 3);
    context.attribution = Claim::Attribution{render(who), true};
    process_clause(Indices(idx.begin() + 4, idx.end()), std::move(context), std::nullopt);
    return;
  }

  // Attribution and inference: "X said (that) P", "X believes that P",
  // "X suggests that P".
  int speech_verb = subject_override ? -1 : find_verb_past_parentheticals(idx);
  // "Borrowers who are worried about their repayments should ...": a verb
  // inside the subject's relative clause reports nothing.
  // (Not ", who took office in May, said": the verb comes after the clause.)
  bool in_relative = false;
  for (int j = 1; j < speech_verb; ++j) {
    const int t = idx[static_cast<std::size_t>(j)];
    if (is(t, "who") || is(t, "which")) in_relative = true;
    if (is_comma(t)) in_relative = false;
  }
  if (in_relative) {
    // "Some drivers who worked for the firm said they had been paid late":
    // the clause's own verb of saying follows the relative clause (a
    // present one agrees with a plural: "researchers who have examined the
    // data say"). Not a verb after "to", "that" or "and", which is the
    // relative clause's.
    const std::size_t from = static_cast<std::size_t>(speech_verb) + 1;
    speech_verb = -1;
    for (std::size_t j = from; j + 1 < idx.size() && speech_verb < 0; ++j) {
      if (is_comma(idx[j])) break;
      const Token& t = tok(idx[j]);
      const std::string_view before = tok(idx[j - 1]).lower;
      if (!t.capitalised && (t.lower == "said" || t.lower == "say" || t.lower == "says") && before != "to" &&
          before != "that" && before != "and" && before != "who") {
        speech_verb = static_cast<int>(j);
      }
    }
  }
  // "I don't believe legalizing narcotics is the answer", "The minister
  // did not say that the plant would close", "Johnson denied that he had
  // taken the money": the speaker does not assert what follows, so it is
  // no claim of theirs; the sentence stays whole.
  // (The speaker is still the source of the denial: "Some councillors
  // privately doubt that ..." is flagged for its unnamed source.)
  if (speech_verb >= 0 && !subject_override && negated_report(idx, static_cast<std::size_t>(speech_verb))) {
    std::size_t who_end = static_cast<std::size_t>(speech_verb);
    while (who_end > 1 && (is_adverb_before_verb(tok(idx[who_end - 1])) ||
                           (is_negation(tok(idx[who_end - 1]).lower) && !is(idx[who_end - 1], "not") &&
                            !is(idx[who_end - 1], "cannot")) ||
                           (is(idx[who_end - 1], "longer") && is(idx[who_end - 2], "no")) ||
                           (is(idx[who_end - 1], "no") && is(idx[who_end], "longer")))) {
      --who_end;
    }
    bool clause_start = true;  // a plain subject, not "After the vote, X"
    for (std::size_t j = 0; j < who_end; ++j) clause_start = clause_start && !is_comma(idx[j]);
    if (!context.attribution && clause_start && who_end > 0) {
      const Indices who(idx.begin(), idx.begin() + static_cast<std::ptrdiff_t>(who_end));
      context.attribution = Claim::Attribution{render(slots(idx, 0, who_end)), is_vague_who(tokens_, who)};
    }
    speech_verb = -1;
  }
  if (speech_verb >= 0 && !subject_override && process_report(idx, context, speech_verb)) return;

  cut_trailing_attribution(idx, context);
  drop_short_parentheticals(idx);
  if (!subject_override) v = find_main_verb(idx, 0);

  // Side claims: relative clauses, appositives, participial clauses,
  // "up from" pairs and trailing concessions. Each is cut out of the main
  // clause and becomes a claim of its own.
  std::vector<Side> sides;
  // "Tiffany Haddish (born December 3, 1979) is ...": the birth is a
  // claim of its own, about the name before the bracket.
  for (std::size_t k = 1; k + 2 < idx.size(); ++k) {
    if (tok(idx[k]).text != "(" || !is(idx[k + 1], "born") || !tok(idx[k - 1]).capitalised) continue;
    std::size_t close = k + 2;
    while (close < idx.size() && tok(idx[close]).text != ")" && tok(idx[close]).text != "(") ++close;
    if (close >= idx.size() || tok(idx[close]).text != ")" || close == k + 2) break;
    std::size_t name = k - 1;
    while (name > 0 && tok(idx[name - 1]).word && tok(idx[name - 1]).capitalised) --name;
    if (!is_name_run(idx, name, k)) break;
    Side side;
    side.subject = slots(idx, name, k);
    side.copula = "was";
    side.rest.assign(idx.begin() + static_cast<std::ptrdiff_t>(k + 1), idx.begin() + static_cast<std::ptrdiff_t>(close));
    sides.push_back(std::move(side));
    idx.erase(idx.begin() + static_cast<std::ptrdiff_t>(k), idx.begin() + static_cast<std::ptrdiff_t>(close + 1));
    v = find_main_verb(idx, 0);
    break;
  }
  const bool past = [&] {
    if (v < 0) return false;
    for (std::size_t k = static_cast<std::size_t>(v); k < idx.size() && k < static_cast<std::size_t>(v) + 4; ++k) {
      const std::string_view w = tok(idx[k]).lower;
      if (w == "was" || w == "were" || w == "had") return true;
      if (w == "is" || w == "are" || w == "has" || w == "have" || w == "will") return false;
      if (verb_form(w) == VerbForm::past) return true;
      // "The storm hit the coast": a verb whose past is its base form is
      // past after a singular subject, which would take "hits" now.
      if (k == static_cast<std::size_t>(v) && english::is_invariant_past(w) && v > 0) {
        const Token& head = tok(idx[static_cast<std::size_t>(v) - 1]);
        const bool singular = head.word && !reads_as_plural(head.lower) && !is_pronoun(head) && !head.possessive;
        if (singular) return true;
      }
      if (verb_form(w) == VerbForm::base || verb_form(w) == VerbForm::third_person) return false;
    }
    return false;
  }();
  // Kept up to date as side clauses are cut out: "Okafor, a former head
  // teacher, won X, compared with Y" has its verb only once the appositive
  // is gone.
  std::size_t main_verb = v >= 0 ? static_cast<std::size_t>(v) : idx.size();
  std::size_t group_end = v >= 0 ? verb_group_end(idx, main_verb) : idx.size();
  int verb_of_group = v;

  for (std::size_t k = 1; k + 1 < idx.size(); ++k) {
    if (!is_comma(idx[k])) continue;
    // A comma inside brackets separates what the brackets hold ("Kyu
    // Sakamoto (坂本 九, Sakamoto Kyū, born ...)"), not the clause's parts.
    {
      int depth = 0;
      for (std::size_t j = 0; j < k; ++j) {
        if (tok(idx[j]).text == "(") ++depth;
        if (tok(idx[j]).text == ")" && depth > 0) --depth;
      }
      if (depth > 0) continue;
    }
    if (v != verb_of_group) {
      verb_of_group = v;
      main_verb = v >= 0 ? static_cast<std::size_t>(v) : idx.size();
      group_end = v >= 0 ? verb_group_end(idx, main_verb) : idx.size();
    }
    std::size_t close = idx.size();
    for (std::size_t j = k + 1; j < idx.size(); ++j) {
      if (is_comma(idx[j])) {
        close = j;
        break;
      }
    }
    const std::size_t next = k + 1;
    const std::string_view w = tok(idx[next]).lower;
    const bool mid = close < idx.size();

    // After a quoted title the comma sits inside the quotes: 'his single
    // "Classic Man," which peaked at ...'. The clause is about the title;
    // the closing quote stays with it in the main claim.
    if (tok(idx[next]).text == "\"" || tok(idx[next]).text == "\xE2\x80\x9D") {
      const std::size_t relative = next + 1;
      if (relative + 1 < close && (is(idx[relative], "which") || is(idx[relative], "who"))) {
        std::size_t open = k;
        while (open > 0 && tok(idx[open - 1]).text != "\"" && tok(idx[open - 1]).text != "\xE2\x80\x9C") --open;
        if (open > 0 && k - open <= 8) {
          // Commas inside the clause ("the 1997 film, Money Talks") do not
          // end it while no verb follows.
          const std::size_t clause_end = mid && verb_follows(idx, close + 1) ? close : idx.size();
          Side side;
          side.subject = slots(idx, open - 1, k);
          side.subject.push_back(Slot{idx[next], nullptr, true, false});
          side.rest.assign(idx.begin() + static_cast<std::ptrdiff_t>(relative + 1),
                           idx.begin() + static_cast<std::ptrdiff_t>(clause_end));
          sides.push_back(std::move(side));
          const std::size_t cut = clause_end == idx.size() ? idx.size() : v < 0 ? close + 1 : close;
          idx.erase(idx.begin() + static_cast<std::ptrdiff_t>(relative), idx.begin() + static_cast<std::ptrdiff_t>(cut));
          idx.erase(idx.begin() + static_cast<std::ptrdiff_t>(k));
          v = find_main_verb(idx, 0);
          --k;
          continue;
        }
      }
    }
    // A part of the plural before the comma (see part_of_plural).
    if (std::optional<Side> part = part_of_plural(idx, k, close, v, group_end, past)) {
      sides.push_back(std::move(*part));
      v = find_main_verb(idx, 0);
      --k;
      continue;
    }
    // An object relative: "which he joined in 1987" has its own subject, and
    // the noun phrase goes after its verb: "he joined Sepultura in 1987".
    const bool object_relative = w == "which" && next + 1 < idx.size() &&
                                 (is_pronoun(tok(idx[next + 1])) || is_determiner(tok(idx[next + 1])) ||
                                  tok(idx[next + 1]).capitalised);
    if (object_relative && next + 2 < close && !is_comma(idx[k - 1])) {
      const Indices relative(idx.begin() + static_cast<std::ptrdiff_t>(next + 1),
                                      idx.begin() + static_cast<std::ptrdiff_t>(close));
      const int rv = find_main_verb(relative, 0);
      const std::size_t np_end = noun_end_before(idx, k);
      std::size_t np = noun_phrase_start(idx, np_end, 0);
      // With its "of" head: "a ransom of 4 million euros, which Halvard
      // refused to pay".
      // (Only before an amount: in "the leader of al-Qaeda, which he
      // used", the relative is about al-Qaeda.)
      while (np > 2 && is(idx[np - 1], "of") && tok(idx[np - 2]).word && !tok(idx[np - 2]).capitalised &&
             tok(idx[np - 2]).info.form == VerbForm::none &&
             (is_ascii_digit(static_cast<unsigned char>(tok(idx[np]).text.front())) || is_currency_sign(tok(idx[np]).text))) {
        const std::size_t head = noun_phrase_start(idx, np - 1, 0);
        if (head >= np - 1) break;
        np = head;
      }
      // "law and economics, which she later taught", "cubes, cylinders and
      // pyramids, which he combined": every noun of the list.
      if (np >= 3 && np < np_end && is(idx[np - 1], "and") && !tok(idx[np_end - 1]).capitalised) {
        for (bool joined = true; joined;) {
          const Token& before = tok(idx[np - 2]);
          joined = before.word && !before.capitalised && before.info.form == VerbForm::none;
          const std::size_t start = joined ? noun_phrase_start(idx, np - 1, 0) : np;
          joined = joined && start < np - 1;
          if (joined) np = start;
          joined = joined && np >= 3 && is_comma(idx[np - 1]);
        }
      }
      // The relative's own subject is short and plain: "he", "the mayor",
      // "Rep. Dunn".
      bool plain_subject = rv > 0 && rv <= 4;
      for (int j = 0; j < rv && plain_subject; ++j) {
        const Token& t = tok(relative[static_cast<std::size_t>(j)]);
        plain_subject = is_pronoun(t) || is_determiner(t) || t.capitalised || t.text == "." ||
                        (j == rv - 1 && t.info.classes == 0 && t.info.form == VerbForm::none);
      }
      if (plain_subject && np < np_end) {
        std::size_t rg = verb_group_end(relative, static_cast<std::size_t>(rv));
        // "wrote and directed": the object follows both verbs.
        if (rg + 1 < relative.size() && is(relative[rg], "and") && verb_like(relative, rg + 1)) {
          rg = verb_group_end(relative, rg + 1);
        }
        // "which Halvard refused to pay": after the infinitive of a verb
        // that takes one (not "which he used to launch attacks", a purpose).
        if (rg + 1 < relative.size() && rg > 0 && is(relative[rg], "to") &&
            (tok(relative[rg - 1]).info.kinds & english::k_catenative_verb) != 0 &&
            verb_form(tok(relative[rg + 1])) == VerbForm::base) {
          rg += 2;
        }
        Side side;
        side.subject = slots(relative, 0, static_cast<std::size_t>(rv));
        side.copula = " ";
        side.rest.assign(relative.begin() + rv, relative.begin() + static_cast<std::ptrdiff_t>(rg));
        side.rest.insert(side.rest.end(), idx.begin() + static_cast<std::ptrdiff_t>(np),
                         idx.begin() + static_cast<std::ptrdiff_t>(np_end));
        side.rest.insert(side.rest.end(), relative.begin() + static_cast<std::ptrdiff_t>(rg), relative.end());
        sides.push_back(std::move(side));
        const std::size_t cut = !mid ? idx.size() : v < 0 ? close + 1 : close;
        idx.erase(idx.begin() + static_cast<std::ptrdiff_t>(k), idx.begin() + static_cast<std::ptrdiff_t>(cut));
        v = find_main_verb(idx, 0);
        --k;
        continue;
      }
    }
    // "It takes 4,300 years to complete one orbit, which means it last
    // passed ...": "which" stands for the whole clause, and what it means
    // is a claim of its own.
    if (w == "which" && v >= 0 && static_cast<std::size_t>(v) < k && next + 3 < idx.size() &&
        (is(idx[next + 1], "means") || is(idx[next + 1], "meant"))) {
      const std::size_t from = next + 2 + (is(idx[next + 2], "that") ? 1 : 0);
      const std::size_t to = mid && verb_follows(idx, close + 1) ? close : idx.size();
      const Indices content(idx.begin() + static_cast<std::ptrdiff_t>(from),
                                     idx.begin() + static_cast<std::ptrdiff_t>(to));
      const int content_verb = find_main_verb(content, 0);
      if (content_verb > 0) {
        Side side;
        side.rest = content;
        side.own_clause = true;
        sides.push_back(std::move(side));
        idx.erase(idx.begin() + static_cast<std::ptrdiff_t>(k), idx.begin() + static_cast<std::ptrdiff_t>(to));
        --k;
        continue;
      }
    }
    // Non-restrictive relative clause: ", which has its own nuclear ambitions"
    if ((w == "which" || w == "who" || w == "whose") && next + 1 < close && !object_relative &&
        cut_relative_clause(idx, k, close, subject_start, v, sides)) {
      continue;
    }
    // A place's where-clause: "based in Gothenburg, where Lindqvist has its
    // headquarters" -> "Lindqvist has its headquarters in Gothenburg". The
    // preposition that introduced the place locates the clause too.
    if (w == "where" && next + 2 < (mid ? close : idx.size())) {
      // Commas inside the clause ("where he leads a team on X, Y, and Z")
      // do not end it: it runs on while no verb follows.
      const bool to_the_end = !mid || !verb_follows(idx, close + 1);
      const std::size_t end = to_the_end ? idx.size() : close;
      const Indices clause(idx.begin() + static_cast<std::ptrdiff_t>(next + 1),
                                    idx.begin() + static_cast<std::ptrdiff_t>(end));
      const std::size_t np = noun_phrase_start(idx, k, 0);
      const std::string_view before = np > 0 && np < k ? tok(idx[np - 1]).lower : std::string_view();
      // Only a named place after "in" or "at": "moving to FC Porto in 2006,
      // where" is about Porto, not 2006, and "with Real Madrid, where" has
      // no preposition to lend.
      const bool place_preposition = before == "in" || before == "at";
      const bool named = np < k && tok(idx[k - 1]).capitalised;
      const int clause_verb = find_main_verb(clause, 0);
      if (np < k && named && place_preposition && clause_verb > 0) {
        Side side;
        side.copula = " ";  // none: the clause has its own subject and verb
        // The clause's own subject, so that a "he" or "she" is resolved
        // like any subject: "..., where he established a vascular unit".
        side.subject = slots(clause, 0, static_cast<std::size_t>(clause_verb));
        side.rest.assign(clause.begin() + clause_verb, clause.end());
        side.tail.push_back(added_.slot(std::string(before)));
        for (std::size_t j = np; j < k; ++j) side.tail.push_back(Slot{idx[j], nullptr, false, false});
        sides.push_back(std::move(side));
        const std::size_t cut = to_the_end ? idx.size() : v < 0 ? close + 1 : close;
        idx.erase(idx.begin() + static_cast<std::ptrdiff_t>(k), idx.begin() + static_cast<std::ptrdiff_t>(cut));
        v = find_main_verb(idx, 0);
        --k;
        continue;
      }
    }
    // "attached 14 conditions, the most significant of which are:": the
    // list the sentence opens follows it; the lead-in is no claim.
    if (!mid && idx.size() >= k + 4 && (is(idx[idx.size() - 2], "which") || is(idx[idx.size() - 2], "whom")) &&
        is(idx[idx.size() - 3], "of") &&
        (is_auxiliary(tok(idx.back())) || is(idx.back(), "include") || is(idx.back(), "included"))) {
      idx.resize(k);
      break;
    }
    // An age after a name: "Graham Tolland, 52, appeared in court" ->
    // "Graham Tolland is 52", and the clause reads on without it.
    if (mid && close == next + 1 && k >= 1 && tok(idx[k - 1]).word && tok(idx[k - 1]).capitalised &&
        !tok(idx[k - 1]).possessive && tok(idx[next]).word && tok(idx[next]).text.size() <= 3 &&
        all_digits(tok(idx[next]).text)) {
      std::size_t name = k - 1;
      while (name > 0 && tok(idx[name - 1]).word && tok(idx[name - 1]).capitalised) --name;
      if (name == 0 || !tok(idx[name - 1]).word || is_determiner(tok(idx[name - 1])) ||
          is_preposition(tok(idx[name - 1])) || is_title(tok(idx[name - 1]))) {
        Side side;
        side.subject = slots(idx, name, k);
        side.copula = "is";
        side.rest.assign(idx.begin() + static_cast<std::ptrdiff_t>(next), idx.begin() + static_cast<std::ptrdiff_t>(next + 1));
        sides.push_back(std::move(side));
        // Keep the comma when a relative clause or appositive follows it.
        const bool more = close + 1 < idx.size() && tok(idx[close + 1]).word &&
                          (is(idx[close + 1], "who") || is(idx[close + 1], "whose") || is_determiner(tok(idx[close + 1])));
        idx.erase(idx.begin() + static_cast<std::ptrdiff_t>(more ? k + 1 : k),
                  idx.begin() + static_cast<std::ptrdiff_t>(close + 1));
        v = find_main_verb(idx, 0);
        --k;
        continue;
      }
    }
    // Appositive after a noun phrase: "Iran's new President, Ebrahim Raisi, expressed"
    // Whether the verb group after position `at` is in the past tense.
    const auto tense_after = [&](std::size_t at) { return past_after(idx, at, past); };
    // The phrase between this comma and the next becomes a claim about
    // `subject` ("Her father, a miller," -> "Her father was a miller"), and
    // leaves the main clause with both its commas.
    const auto describe_and_cut = [&](Phrase subject, const char* copula) {
      Side side;
      side.subject = std::move(subject);
      side.copula = copula;
      side.rest.assign(idx.begin() + static_cast<std::ptrdiff_t>(next), idx.begin() + static_cast<std::ptrdiff_t>(close));
      sides.push_back(std::move(side));
      idx.erase(idx.begin() + static_cast<std::ptrdiff_t>(k), idx.begin() + static_cast<std::ptrdiff_t>(close + 1));
      v = find_main_verb(idx, 0);
    };
    // A concession between the subject and its verb, with no verb of its
    // own: "the gain, while statistically clear, may be too small". It is
    // dropped, as a fronted "although" clause is.
    if (mid && k > subject_start && close > next + 1 && verb_right_after(idx, close + 1) &&
        (w == "while" || w == "although" || w == "though") && verbless_concession(idx, next + 1)) {
      idx.erase(idx.begin() + static_cast<std::ptrdiff_t>(k), idx.begin() + static_cast<std::ptrdiff_t>(close + 1));
      v = find_main_verb(idx, 0);
      k = 0;
      continue;
    }
    // A location between the subject and its verb: "Plans for homes on
    // farmland off Fallow Lane, on the southern edge of Ashcombe, have been
    // approved" -> "Farmland off Fallow Lane is on the southern edge of
    // Ashcombe".
    if (mid && k > subject_start + 1 && close > next + 2 && verb_right_after(idx, close + 1) &&
        (w == "on" || w == "in" || w == "at" || w == "near" || w == "outside" || w == "beside") &&
        !is(idx[next + 1], "which") && !is(idx[next + 1], "whom") && !is(idx[next + 1], "whose")) {
      bool verbless = true;
      for (std::size_t j = next + 1; j < close && verbless; ++j) verbless = tok(idx[j]).word && !verb_like(idx, j);
      std::size_t np = noun_phrase_start(idx, k, subject_start);
      // With one prepositional tail: "farmland off Fallow Lane".
      if (np >= subject_start + 2 && np < k && is_preposition(tok(idx[np - 1])) && !is(idx[np - 1], "of") &&
          tok(idx[np - 2]).word && !is_preposition(tok(idx[np - 2])) && !verb_like(idx, np - 2)) {
        const std::size_t head = noun_phrase_start(idx, np - 1, subject_start);
        if (head < np - 1) np = head;
      }
      if (verbless && np < k) {
        const Phrase located = slots(idx, np, k);
        describe_and_cut(located, subject_plural(located) ? (tense_after(close + 1) ? "were" : "are")
                                                          : (tense_after(close + 1) ? "was" : "is"));
        k = 0;
        continue;
      }
    }
    // "Its founder, the astronomer Edith Cole, discovered": a plain noun
    // or two may stand before the name, and say what the person is.
    std::size_t name_from = next;
    if (mid && (w == "the" || w == "a" || w == "an") && next + 2 < close) {
      std::size_t m = next + 1;
      while (m < close && m < next + 3 && tok(idx[m]).word && !tok(idx[m]).capitalised &&
             tok(idx[m]).info.classes == 0 && tok(idx[m]).info.form == VerbForm::none) {
        ++m;
      }
      if (m > next + 1 && m < close && is_name_run(idx, m, close)) name_from = m;
    }
    // "The drug, ferolastib, was": a name written in lower case, one word
    // after a noun for a thing so named.
    const Token& lone = tok(idx[next]);
    const bool lowercase_name =
        close == next + 1 && lone.word && !lone.capitalised && lone.info.classes == 0 && lone.info.kinds == 0 &&
        lone.info.form == VerbForm::none && !lone.lower.ends_with("ly") && k > 0 && has_kind(tok(idx[k - 1]), k_lowercase_named_noun) &&
        std::all_of(lone.lower.begin(), lone.lower.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; });
    if (mid && k > subject_start && (is_name_run(idx, name_from, close) || lowercase_name) && verb_right_after(idx, close + 1)) {
      // The description is the last conjunct: in "The council and the bus
      // operator, Greenline," only "the bus operator" is Greenline.
      std::size_t np = subject_start;
      // Nor is more than the clause a subordinator opens: in "came to light
      // when a supplier, Northline Fuels, noticed" only "a supplier" is.
      for (std::size_t j = subject_start; j < k; ++j) {
        const std::string_view word = tok(idx[j]).lower;
        if (word == "and" || word == "or" || word == "when" || word == "after" || word == "before" ||
            word == "because" || word == "that" || word == "while" || word == "until" || word == "since" ||
            word == "if") {
          np = j + 1;
        }
      }
      bool plain_noun_phrase = np < k && !is_name_run(idx, np, k);
      for (std::size_t j = np; j < k && plain_noun_phrase; ++j) {
        plain_noun_phrase = !is_comma(idx[j]) && !verb_like(idx, j);
      }
      if (plain_noun_phrase) {
        Side side;
        side.subject = slots(idx, name_from, close);
        side.copula = tense_after(close + 1) && !context.sides_only ? "was" : "is";
        side.rest.assign(idx.begin() + static_cast<std::ptrdiff_t>(np), idx.begin() + static_cast<std::ptrdiff_t>(k));
        sides.push_back(side);
        if (name_from > next) {
          side.rest.assign(idx.begin() + static_cast<std::ptrdiff_t>(next),
                           idx.begin() + static_cast<std::ptrdiff_t>(name_from));
          sides.push_back(std::move(side));
        }
        // The main clause keeps the name in place of the description.
        Indices main(idx.begin(), idx.begin() + static_cast<std::ptrdiff_t>(np));
        main.insert(main.end(), idx.begin() + static_cast<std::ptrdiff_t>(name_from),
                    idx.begin() + static_cast<std::ptrdiff_t>(close));
        main.insert(main.end(), idx.begin() + static_cast<std::ptrdiff_t>(close + 1), idx.end());
        idx = std::move(main);
        v = find_main_verb(idx, 0);
        k = 0;
        continue;
      }
    }
    // A description after a name: "in Kessel, a town of about 30,000
    // people" -> "Kessel is a town of about 30,000 people".
    // Not an item of a list: "an Academy Award, an Emmy Award, and a Tony Award".
    // (But "Tomas Reinholt, a deputy governor, and Nadia Kerimova voted":
    // a name follows, not another description.)
    // (Nor a verb phrase: "Calder Biosciences, a company based in Leiden,
    // and was tested on ..." goes on with the clause's subject.)
    const bool list_item = mid && close + 2 < idx.size() && (is(idx[close + 1], "and") || is(idx[close + 1], "or")) &&
                           !(tok(idx[close + 2]).capitalised && tok(idx[close + 2]).word && !is_determiner(tok(idx[close + 2]))) &&
                           !(is_auxiliary(tok(idx[close + 2])) || verb_form(tok(idx[close + 2])) == VerbForm::past);
    if (cut_name_description(idx, k, close, list_item, past, v, sides)) continue;
    // A description after a definite subject: "Her father, a miller,
    // taught her" -> "Her father was a miller".
    if (mid && (w == "a" || w == "an") && k > subject_start + 1 && k <= subject_start + 4 &&
        (is(idx[subject_start], "her") || is(idx[subject_start], "his") || is(idx[subject_start], "their") ||
         is(idx[subject_start], "its") || is(idx[subject_start], "the")) &&
        (find_main_verb(idx, next) < 0 || reduced_description(idx, next, close)) && verb_right_after(idx, close + 1) &&
        !list_item) {
      bool plain = true;
      for (std::size_t j = subject_start; j < k && plain; ++j) plain = tok(idx[j]).word && !verb_like(idx, j);
      if (plain) {
        describe_and_cut(slots(idx, subject_start, k), tense_after(close + 1) && !context.sides_only ? "was" : "is");
        k = 0;
        continue;
      }
    }
    // Appositive after a name: "Maria Lopez, the firm's chief executive, said";
    // one with a relative clause about the name: "Okafor, a former head
    // teacher who stood for the Green Alliance, won".
    std::size_t appositive_end = close;
    if (mid) {
      for (std::size_t j = next + 1; j + 1 < close; ++j) {
        if (who_clause_at(idx, j)) {
          appositive_end = j;
          break;
        }
        // "a soil scientist whose measurements shaped policy": a verb follows.
        if (is(idx[j], "whose")) {
          for (std::size_t m = j + 2; m < close && appositive_end == close; ++m) {
            if (verb_like(idx, m)) appositive_end = j;
          }
          break;
        }
      }
    }
    bool appositive_verbless = true;
    // A base form in a noun phrase is a noun ("head teacher"): only a
    // finite verb makes the words a clause.
    for (std::size_t j = next; j < appositive_end && appositive_verbless; ++j) {
      const Token& t = tok(idx[j]);
      const bool finite = finite_verb_at(idx, j);
      // Before the clause's own comma a verb of any form makes a clause,
      // except a base form, which is as often a noun ("a former head
      // teacher").
      const bool verb = verb_like(idx, j) && verb_form(t) != VerbForm::base && !reduced_relative_at(idx, j, next);
      appositive_verbless = (appositive_end < close ? !finite : !verb) && !is_comma(idx[j]);
    }
    if (mid && is_name_run(idx, subject_start, k) &&
        (is_determiner(w) || tok(idx[next]).possessive) && appositive_verbless && verb_right_after(idx, close + 1)) {
      Side side;
      side.subject = slots(idx, subject_start, k);
      side.copula = tense_after(close + 1) && !context.sides_only ? "was" : "is";
      side.rest.assign(idx.begin() + static_cast<std::ptrdiff_t>(next),
                       idx.begin() + static_cast<std::ptrdiff_t>(appositive_end));
      sides.push_back(std::move(side));
      if (appositive_end < close) {
        Side relative;
        relative.subject = slots(idx, subject_start, k);
        // "whose measurements shaped policy": "Helena Varga's measurements shaped policy".
        if (is(idx[appositive_end], "whose") && !relative.subject.empty()) relative.subject.back().possessive = true;
        relative.rest.assign(idx.begin() + static_cast<std::ptrdiff_t>(appositive_end + 1),
                             idx.begin() + static_cast<std::ptrdiff_t>(close));
        sides.push_back(std::move(relative));
      }
      idx.erase(idx.begin() + static_cast<std::ptrdiff_t>(k), idx.begin() + static_cast<std::ptrdiff_t>(close + 1));
      v = find_main_verb(idx, 0);
      k = 0;
      continue;
    }
    // A participial clause between subject and verb: "Volunteers, led by a
    // local teacher, began clearing the channel".
    const std::size_t participle = next + (next + 1 < idx.size() && is_adverb_before_verb(tok(idx[next])) ? 1 : 0);
    if (v < 0 && k > 0 && !tok(idx[participle]).capitalised &&
        (verb_form(tok(idx[participle])) == VerbForm::past || verb_form(tok(idx[participle])) == VerbForm::gerund ||
         is(idx[participle], "aged")) &&
        !is_auxiliary(tok(idx[participle]))) {
      const int verb = find_verb_past_parentheticals(idx);
      if (verb > static_cast<int>(k)) {
        std::size_t last_comma = static_cast<std::size_t>(verb);
        while (last_comma > k && !is_comma(idx[last_comma - 1])) --last_comma;
        --last_comma;  // the comma itself
        if (last_comma > next) {
          Side side;
          side.subject = slots(idx, subject_start, k);
          // "The report, published on Tuesday, follows ...": a dated past
          // participle tells of a past event, whatever the main clause's tense.
          // ("the Aske Bridge, now closed to motor traffic, was listed": "now"
          // tells the present.)
          const bool was = !is(idx[next], "now") &&
                           (tense_after(last_comma + 1) ||
                            (verb_form(tok(idx[participle])) == VerbForm::past && dates_past_event(idx, next, last_comma)));
          side.copula = subject_plural(side.subject) ? (was ? "were" : "are") : (was ? "was" : "is");
          if (verb_form(tok(idx[participle])) == VerbForm::past && holds_since(idx, participle + 1, last_comma)) {
            side.copula = subject_plural(side.subject) ? "have been" : "has been";
          }
          side.rest.assign(idx.begin() + static_cast<std::ptrdiff_t>(next),
                           idx.begin() + static_cast<std::ptrdiff_t>(last_comma));
          sides.push_back(std::move(side));
          // "The bridge, opened in 1878, whose span ...": the verb found was
          // the relative clause's; its comma stays for the relative rule.
          const bool relative_follows = last_comma + 1 < idx.size() &&
                                        (is(idx[last_comma + 1], "which") || is(idx[last_comma + 1], "who") ||
                                         is(idx[last_comma + 1], "whose"));
          idx.erase(idx.begin() + static_cast<std::ptrdiff_t>(k),
                    idx.begin() + static_cast<std::ptrdiff_t>(relative_follows ? last_comma : last_comma + 1));
          v = find_main_verb(idx, 0);
          k = 0;
          continue;
        }
      }
    }
    if (v < 0 || k < group_end) continue;
    // "up from 3.9%" / "compared with 12 a year earlier"
    if (cut_comparison(idx, k, close, subject_start, main_verb, group_end, sides)) continue;
    // Participial clause: ", forming a common front" / ", aimed at curbing"
    cut_participial_clause(idx, k, close, subject_start, main_verb, group_end, past, v, sides);
  }

  // "Kyra Sedgwick is an American actress, producer, and director born on
  // August 19, 1965": a birth after the copula's complement is the
  // subject's, not its last noun's.
  if (v > 0 && !subject_override) {
    const std::string_view copula = tok(idx[static_cast<std::size_t>(v)]).lower;
    if (copula == "is" || copula == "was") {
      for (std::size_t b = static_cast<std::size_t>(v) + 2; b + 1 < idx.size(); ++b) {
        if (!is(idx[b], "born")) continue;
        const Token& before = tok(idx[b - 1]);
        if (before.word && !before.capitalised && (before.info.classes & ~std::uint32_t{k_is_title}) == 0 &&
            before.info.form == VerbForm::none) {
          // To the end, or to ", and" ("born on November 30, 1926, and
          // passed away on ..." goes on with the main clause).
          std::size_t end = b + 1;
          while (end < idx.size() && !(is_comma(idx[end]) && end + 1 < idx.size() &&
                                       (is(idx[end + 1], "and") || is(idx[end + 1], "but")))) {
            ++end;
          }
          Side birth;
          birth.subject = slots(idx, subject_start, static_cast<std::size_t>(v));
          birth.copula = "was";
          birth.rest.assign(idx.begin() + static_cast<std::ptrdiff_t>(b), idx.begin() + static_cast<std::ptrdiff_t>(end));
          sides.push_back(std::move(birth));
          idx.erase(idx.begin() + static_cast<std::ptrdiff_t>(b), idx.begin() + static_cast<std::ptrdiff_t>(end));
        }
        break;
      }
    }
  }

  // The main clause: subject, then verb phrases.
  v = subject_override ? 0 : find_main_verb(idx, 0);
  if (v < 0 && !subject_override) {
    // "France, Germany and Italy signed": the list's commas do not end
    // the subject.
    const std::size_t list_end = name_list_end(idx);
    if (list_end > 0 && find_main_verb(idx, list_end) == static_cast<int>(list_end)) v = static_cast<int>(list_end);
  }
  if (v > 2 && !subject_override) {
    if (std::optional<Side> role = owned_role_description(idx, v, past)) sides.push_back(std::move(*role));
  }
  // Read after the main clause, whose claim comes first.
  std::optional<Indices> gapped;
  if (v > 0 && !subject_override) gapped = gapped_clause(idx, static_cast<std::size_t>(v));
  std::vector<Indices> reports;  // later verb phrases that report, as clauses
  Phrase subject;
  std::vector<Phrase> predicates;
  if (v < 0) {
    // No verb found: keep the clause whole (it may still be a claim:
    // "Underlying X lies Y").
    predicates.push_back(slots(idx, 0, idx.size()));
  } else {
    read_verb_phrases(idx, static_cast<std::size_t>(v), subject_override, subject, predicates);
  }

  std::optional<Slot> it_stands_for;  // the sentence-initial "It", resolved
  // "The Halvard Bank was founded in 2011. It has 5.8 million customers":
  // a sentence-initial "It" that owns, runs or sells something, or is based
  // somewhere, is the named thing the sentence before was about. Other uses
  // of "it" ("It was the bank's worst day", "It is unclear") stay as written.
  const SentenceMemory* last = state_.recent.empty() ? nullptr : &state_.recent.back();
  if (subject.size() == 1 && subject[0].token == 0 && tok(0).lower == "it" && !subject_override &&
      !predicates.empty() && !predicates[0].empty() && predicates[0][0].token >= 0 && last != nullptr &&
      last->number + 1 == state_.sentence_number && (last->subject || last->subject_phrase) &&
      !(last->subject && (last->subject->person || known_person(*last->subject)))) {
    const Phrase& predicate = predicates[0];
    const std::string_view verb = tok(predicate[0].token).lower;
    const bool placed = (verb == "is" || verb == "was") && predicate.size() > 1 && predicate[1].token >= 0 &&
                        (tok(predicate[1].token).info.kinds & english::k_place_participle) != 0;
    const bool owning = (tok(predicate[0].token).info.kinds & english::k_owning_verb) != 0 && predicate.size() > 1 &&
                        predicate[1].token >= 0 &&
                        tok(predicate[1].token).word && verb_form(tok(predicate[1].token)) == VerbForm::none &&
                        !is_auxiliary(tok(predicate[1].token)) && !is_pronoun(tok(predicate[1].token));
    // The thing before is named: "The Halvard Bank", "Mondeca"; not "We've".
    const Entity& before = last->subject ? *last->subject : *last->subject_phrase;
    const std::string_view first_word = std::string_view(before.text).substr(0, before.text.find(' '));
    std::string first_lower(first_word);
    for (char& c : first_lower) c = ascii_lower(c);
    const bool named = !before.text.empty() && is_ascii_upper(static_cast<unsigned char>(before.text[0])) &&
                       before.text.find('\'') == std::string::npos &&
                       before.text.find("\xE2\x80\x99") == std::string::npos &&
                       (word_info(first_lower).classes & k_is_pronoun) == 0 &&
                       // "The Halvard Bank", not "The bank".
                       (first_lower != "the" ||
                        std::any_of(before.text.begin() + static_cast<std::ptrdiff_t>(first_word.size()), before.text.end(),
                                    [](char c) { return is_ascii_upper(static_cast<unsigned char>(c)); }));
    // "It was enlarged in the 3rd century", "It criticised him for ...": a
    // passive or a past action is done to or by a thing, not the weather or
    // a judgement ("It was unclear", "It was the bank's worst day").
    const Token& first = tok(predicate[0].token);
    // ("It has grown fast" is no passive.)
    const bool passive = predicate.size() > 1 && predicate[1].token >= 0 &&
                         (((verb == "is" || verb == "was" || verb == "were") &&
                           verb_form(tok(predicate[1].token)) == VerbForm::past &&
                           tok(predicate[1].token).info.classes == 0) ||
                          ((verb == "has" || verb == "had") && tok(predicate[1].token).lower == "been" &&
                           predicate.size() > 2 && predicate[2].token >= 0 &&
                           verb_form(tok(predicate[2].token)) == VerbForm::past));
    const bool action = !is_auxiliary(first) && verb_form(first) == VerbForm::past && first.info.classes == 0 &&
                        verb != "seemed" && verb != "appeared" && verb != "remained" && verb != "became";
    // Only the sentence's own subject, not that of what someone reported
    // ("An inquiry found that the ironwork had flaws. It cleared him"), and
    // one thing, not several ("Coins found in the floor date the villa.").
    const bool own_subject = last->subject || !last->subject_reported;
    const bool one_thing = before.text.find(' ') != std::string::npos || !reads_as_plural(first_lower);
    // "Gary Smith founded the firm. It grew fast": a name that may be a
    // person's is no "it" that acts or is acted on.
    const bool maybe_person = last->opening_name && last->opening_name->text == before.text;
    const bool acted = (passive || action) && !maybe_person;
    if ((placed || owning || acted) && named && own_subject && one_thing) {
      subject = Phrase{added_.slot(before.text, before.spans)};
      it_stands_for = subject[0];
    } else if (acted && !own_subject && last->speaker && !known_person(*last->speaker)) {
      // "A Board of Trade inquiry found that the ironwork had flaws. It
      // cleared Penhale": after a report, an "It" that acts is the named
      // source that reported, now a known one ("The Board of Trade inquiry").
      std::string_view text = last->speaker->text;
      const bool indefinite = text.starts_with("A ") || text.starts_with("An ");
      if (indefinite) text.remove_prefix(text.find(' ') + 1);
      const bool source_named = std::any_of(text.begin(), text.end(),
                                            [](char c) { return is_ascii_upper(static_cast<unsigned char>(c)); }) &&
                                text.find('\'') == std::string_view::npos && text.find(' ') != std::string_view::npos;
      if (source_named) {
        subject = Phrase{added_.slot((indefinite ? "the " : "") + std::string(text), last->speaker->spans)};
        it_stands_for = subject[0];
      }
    }
  }
  // "Harwick Council approved the plan and said that work would start",
  // "awarded the try and later told reporters that P": a later verb phrase
  // that reports is a clause of its own, the subject its speaker.
  if (v > 0 && !subject_override && !context.attribution && !context.side && predicates.size() > 1) {
    for (std::size_t p = predicates.size(); p-- > 1;) {
      if (std::optional<Indices> report = reporting_verb_phrase(idx, static_cast<std::size_t>(v), predicates[p])) {
        predicates.erase(predicates.begin() + static_cast<std::ptrdiff_t>(p));
        reports.push_back(std::move(*report));
      }
    }
    std::reverse(reports.begin(), reports.end());
  }
  // Resolve references and split coordinated subjects.
  std::vector<std::string> ambiguous;
  std::optional<Pair> pair;
  if (!subject.empty() && !subject_override && !resolve_subject(subject, context, ambiguous, pair, past)) {
    resolve_references(subject, true, ambiguous);
    resolve_possessive_pronouns(subject, subject);
  }
  const std::size_t main_claims_begin = claims_.size();
  if (context.sides_only) predicates.clear();
  for (Phrase& predicate : predicates) {
    std::vector<std::string> own = ambiguous;
    // "Several residents said the warning had reached their phones": a
    // plural speaker owns "their" in what they said.
    const bool plural_speaker = context.attribution && plural_who(context.attribution->who);
    const bool plural_subject = subject_plural(subject) || pair.has_value();
    resolve_references(predicate, plural_subject || plural_speaker, own);
    resolve_foreign_its(predicate, subject, plural_subject, own);
    const bool resolved_speaker = context.attribution && resolved_person_ && context.attribution->who == resolved_person_->text;
    resolve_possessive_pronouns(predicate, subject, resolved_speaker ? &*resolved_person_ : nullptr, resolved_gender_);
    const bool group = mentions_group(tokens_, predicate);
    // "In 2010, the firm cut 300 jobs, but it has since hired 500", "In
    // 2019, A and B met, and both later denied any deal": a verb phrase
    // that tells its own time is not dated by the sentence's fronted frame.
    if (!context.frame.empty() && own_time(predicate, context.frame)) {
      Context undated = context;
      undated.frame.clear();
      emit(subject, predicate, undated, group, own);
      continue;
    }
    emit(subject, predicate, context, group, own);
  }
  if (!context.side && predicates.size() == 1) {
    last_predicate_.clear();
    for (const Slot& slot : predicates.front()) {
      if (slot.token < 0) {
        last_predicate_.clear();
        break;
      }
      last_predicate_.push_back(slot.token);
    }
  }
  if (!first_subject_phrase_ && !subject.empty() && !claims_.empty() && !context.side) {
    bool plain = true;
    for (const Slot& slot : subject) {
      if (slot.token >= 0 && (is_pronoun(tok(slot.token)) || tok(slot.token).lower == "both")) plain = false;
    }
    const Slot& head = subject.front();
    const bool definite = head.token < 0 || is(head.token, "the") || tok(head.token).capitalised;
    if (plain && definite) {
      first_subject_phrase_ = Entity{render(subject), spans_of(subject), false};
      first_subject_clause_ = clause_number_;
      first_subject_reported_ = context.attribution.has_value();
    }
  }
  if (!first_subject_ && !subject.empty() && claims_.size() > 0 && !context.side) {
    // Remember a one-entity subject for "the company" / "it" later.
    std::string text = render(subject);
    bool entity = true;
    for (const Slot& slot : subject) {
      if (slot.token < 0) {
        // A resolved reference is an entity when it reads as a name: not
        // "the main interest rate on Thursday", which an "It" stood for.
        const std::string_view added = slot.text();
        std::size_t start = 0;
        while (start < added.size() && entity) {
          std::size_t end = added.find(' ', start);
          if (end == std::string_view::npos) end = added.size();
          const std::string_view word = added.substr(start, end - start);
          entity = word.empty() || is_ascii_upper(static_cast<unsigned char>(word.front())) || word == "the" ||
                   word == "of" || word == "and" || word == "for" || !std::isalpha(static_cast<unsigned char>(word.front()));
          start = end + 1;
        }
        continue;
      }
      const Token& t = tok(slot.token);
      if (!t.capitalised && !is(slot.token, "the")) entity = false;
      // A capital at the start of a sentence proves nothing: "Spending".
      // ("Not only did the storm close the bridge": nor a function word.)
      if (&slot == &subject.front() && (verb_form(t) != VerbForm::none || is_pronoun(t) ||
                                        is_determiner(t) || is_vague_source(t) ||
                                        (t.info.classes & (k_is_adverb_of_degree_or_time | k_is_discourse_marker |
                                                           k_is_preposition | k_is_auxiliary | k_opens_frame |
                                                           k_opens_concession)) != 0)) {
        entity = entity && is(slot.token, "the") && subject.size() > 1 && subject[1].token >= 0 &&
                 tok(subject[1].token).capitalised;
      }
    }
    // Nor does one word there that reads as a plural: "Volunteers began
    // clearing the channel" is about no firm a later "the firm" could mean.
    // Nor one with the ending of an abstract noun: "Unemployment fell to
    // 4.1 percent" names no council a later "the council" could mean.
    if (subject.size() == 1 && subject[0].token == 0) {
      const std::string_view w = tok(0).lower;
      if (reads_as_plural(w)) entity = false;
      // "There is no evidence": an expletive names nothing.
      if (w == "there" || w == "here") entity = false;
      // "Revenue rose 8 percent": a capital at the start proves nothing; a
      // name is one the document also capitalises inside a sentence.
      if (!state_.capitalised_inside.contains(w) && !english::is_country_name(w)) entity = false;
      for (const std::string_view ending : {"ment", "tion", "sion", "ness", "ity", "ance", "ence", "ism", "ing", "ship"}) {
        if (w.size() > ending.size() + 2 && w.ends_with(ending)) entity = false;
      }
    }
    if (entity && text.find(" and ") == std::string::npos) {
      first_subject_ = Entity{text, spans_of(subject), false};
      first_subject_->kinds = name_kinds(first_subject_->text);
    }
  }

  if (!context.fronted_participle.empty() && !subject.empty()) {
    Side side;
    side.subject = subject;
    // "Founded in 1990, the firm employs ...": a year puts the participle
    // in the past whatever the main clause's tense.
    bool dated = past;
    for (int t : context.fronted_participle) {
      const Token& word = tok(t);
      dated = dated || (word.text.size() == 4 && all_digits(word.text));
    }
    side.copula = subject_plural(subject) ? (dated ? "were" : "are") : (dated ? "was" : "is");
    side.rest = context.fronted_participle;
    sides.push_back(std::move(side));
  }
  context.fronted_participle.clear();
  std::string main_reason;
  for (std::size_t c = main_claims_begin; c < claims_.size(); ++c) {
    if (claims_[c].not_checkworthy_reason.empty()) {
      main_reason.clear();
      break;
    }
    main_reason = claims_[c].not_checkworthy_reason;
  }
  if (gapped) process_clause(std::move(*gapped), context, std::nullopt);
  for (Indices& report : reports) process_clause(std::move(report), context, std::nullopt);
  for (Side& side : sides) {
    Context sub = context;
    sub.sides_only = false;  // a side clause's own main claim is the claim
    sub.side = true;
    if (sub.attribution_of_predicate) {
      sub.attribution.reset();
      sub.attribution_of_predicate = false;
    }
    if (side.elaborates_main && sub.not_checkworthy_reason.empty()) sub.not_checkworthy_reason = main_reason;
    // "In 2010 she founded the trust, which has since bought ...": what has
    // happened since is not dated by the main clause's frame.
    for (std::size_t j = 0; j + 1 < side.rest.size(); ++j) {
      if ((is(side.rest[j], "has") || is(side.rest[j], "have")) && is(side.rest[j + 1], "since")) sub.frame.clear();
    }
    // "In the 12th minute, Owen Castell, their captain, scored": what a
    // description says of someone is not dated by the sentence's moment;
    // only a year dates it ("In July 1995, Thomas Bopp was a factory
    // manager").
    // (A name's description: "For the full year, the company's previous
    // forecast was 820 million euros" keeps its scope.)
    bool named = !side.subject.empty();
    for (const Slot& slot : side.subject) named = named && is_name_slot(slot);
    const bool description = named && !side.own_clause && !side.elaborates_main &&
                             (side.copula == "is" || side.copula == "was" || side.copula == "are" || side.copula == "were");
    if (description) {
      bool year = false;
      for (const Slot& slot : sub.frame) {
        if (slot.token < 0) continue;
        year = year || is_year(tok(slot.token).text);
      }
      if (!year) sub.frame.clear();
    }
    // "In 2023, Silvana sold 2.1 billion euros of chips, up from 1.6 billion
    // in 2022": a side clause's own year replaces the sentence's.
    for (int t : side.rest) {
      if (is_year(tok(t).text)) {
        replace_dated_frame(sub.frame);
        break;
      }
    }
    std::vector<std::string> own;
    // "He said that he had almost deleted the images, thinking ...": a
    // clause whose subject came from outside it lends that subject.
    Phrase subject_phrase = side.subject.empty() && subject_override ? *subject_override : side.subject;
    // "It has 5.8 million customers, up from 4.1 million": the same "It".
    for (Slot& slot : subject_phrase) {
      if (it_stands_for && slot.token == 0) slot = *it_stands_for;
    }
    std::optional<Pair> side_pair;
    if (!resolve_subject(subject_phrase, sub, own, side_pair)) resolve_references(subject_phrase, false, own);
    if (side.own_clause) {
      process_clause(std::move(side.rest), std::move(sub), std::nullopt);
    } else if (side.copula.empty()) {
      process_clause(std::move(side.rest), std::move(sub), std::move(subject_phrase));
    } else {
      Phrase predicate;
      // "The ship sank, killing 1,500 people": "killed", not "was killing".
      const std::string_view past =
          side.simple_past && !side.rest.empty() ? english::simple_past_of_gerund(tok(side.rest[0]).lower) : "";
      if (past.empty() && side.copula != " ") predicate.push_back(added_.slot(side.copula));
      // "Its founder, Edith Cole, discovered ...": the description kept
      // the sentence's opening "Its", which stands for what it did there.
      std::optional<Slot> owner;
      if (side.rest.size() > 1 && side.rest[0] == 0 && tok(0).lower == "its") owner = its_owner();
      for (int t : side.rest) predicate.push_back(owner && t == 0 ? *owner : Slot{t, nullptr, false, false});
      if (!past.empty()) {
        const Token& participle = tok(side.rest[0]);
        predicate.front() = added_.slot(std::string(past), {to_document_(Span{participle.begin, participle.end})});
      }
      predicate.insert(predicate.end(), side.tail.begin(), side.tail.end());
      resolve_references(predicate, subject_plural(subject_phrase), own);
      resolve_foreign_its(predicate, subject_phrase, subject_plural(subject_phrase), own, true);
      resolve_possessive_pronouns(predicate, subject_phrase);
      emit(subject_phrase, predicate, sub, true, own);
    }
  }
}

bool SentenceDecomposer::is_name_slot(const Slot& slot) const {
  if (slot.token >= 0) {
    const Token& t = tok(slot.token);
    // Not "I", "The", "Our": a capital on a function word names nothing.
    // A word that is also a verb ("the United States") may be a name.
    constexpr std::uint32_t kFunctionWords = english::k_is_auxiliary | english::k_is_determiner |
                                             english::k_is_preposition | english::k_is_pronoun |
                                             english::k_is_adverb_of_degree_or_time | english::k_is_discourse_marker |
                                             english::k_opens_frame | english::k_opens_concession | english::k_is_title;
    return t.word && t.capitalised && slot.token > 0 && (t.info.classes & kFunctionWords) == 0 && t.lower != "i";
  }
  const std::string_view text = slot.text();
  return !text.empty() && is_ascii_upper(static_cast<unsigned char>(text.front()));
}

std::vector<Phrase> SentenceDecomposer::split_coordinated_object(const Phrase& predicate) const {
  // Prepositions whose object is each name in turn: not "between A and B",
  // "of A and B" (one thing of both) or "by A and B".
  // Names that contain "and".
  // The end of a name starting at `k` ("the European Union", "Iran", "Bank of England").
  const auto name_end = [&](std::size_t k) {
    if (k < predicate.size() && predicate[k].token >= 0 && tok(predicate[k].token).lower == "the") ++k;
    const std::size_t first = k;
    while (k < predicate.size()) {
      if (is_name_slot(predicate[k])) {
        ++k;
      } else if (k > first && k + 1 < predicate.size() && predicate[k].token >= 0 &&
                 tok(predicate[k].token).lower == "of" && is_name_slot(predicate[k + 1])) {
        ++k;
      } else {
        break;
      }
    }
    return k > first ? k : std::size_t{0};
  };
  const auto has_of = [&](std::size_t from, std::size_t to) {
    for (std::size_t k = from; k < to; ++k) {
      if (predicate[k].token >= 0 && tok(predicate[k].token).lower == "of") return true;
    }
    return false;
  };
  // "has offered 4.2 percent this year and 3 percent in 2026": two amounts
  // after one verb, each with words of its own, are two claims (not
  // "between 4 and 6 kilometres", nor "4.2 and 3 percent").
  const auto amount_at = [&](std::size_t k) {
    return k < predicate.size() && predicate[k].token >= 0 && tok(predicate[k].token).word &&
           is_ascii_digit(static_cast<unsigned char>(tok(predicate[k].token).text.front()));
  };
  const auto verb_like_token = [&](int t) {
    const Token& word = tok(t);
    return !word.capitalised &&
           (is_auxiliary(word) || word.info.form == VerbForm::past || word.info.form == VerbForm::third_person);
  };
  for (std::size_t a = 1; a + 3 < predicate.size(); ++a) {
    if (!amount_at(a) || predicate[a - 1].token < 0) continue;
    const Token& verb = tok(predicate[a - 1].token);
    if (!verb.word || verb.capitalised || (verb.info.form != VerbForm::past && verb.info.form != VerbForm::third_person &&
                                           verb.info.form != VerbForm::base)) {
      break;
    }
    std::size_t joint = a + 1;
    bool plain = true;
    while (joint < predicate.size() && plain && !(predicate[joint].token >= 0 && is_and(predicate[joint]))) {
      const Slot& slot = predicate[joint];
      plain = slot.token >= 0 && ((tok(slot.token).word && !verb_like_token(slot.token)) || tok(slot.token).text == "%");
      ++joint;
    }
    if (!plain || joint + 1 >= predicate.size() || joint < a + 2 || !amount_at(joint + 1)) break;
    bool second_plain = joint + 2 < predicate.size();
    for (std::size_t k = joint + 2; k < predicate.size() && second_plain; ++k) {
      const Slot& slot = predicate[k];
      second_plain = slot.token >= 0 && (!tok(slot.token).word || !verb_like_token(slot.token)) &&
                     !(tok(slot.token).word && is_and(slot)) && !is_comma(slot.token);
    }
    if (!second_plain) break;
    Phrase first(predicate.begin(), predicate.begin() + static_cast<std::ptrdiff_t>(joint));
    Phrase second(predicate.begin(), predicate.begin() + static_cast<std::ptrdiff_t>(a));
    second.insert(second.end(), predicate.begin() + static_cast<std::ptrdiff_t>(joint + 1), predicate.end());
    return {std::move(first), std::move(second)};
  }
  for (std::size_t p = 0; p + 3 < predicate.size(); ++p) {
    if (predicate[p].token < 0 || !has_kind(tok(predicate[p].token), k_distributive_preposition)) continue;
    // The names: "A and B", or a list "A, B(,) and C".
    std::vector<std::pair<std::size_t, std::size_t>> items;
    const std::size_t a_end = name_end(p + 1);
    if (a_end == 0) continue;
    items.emplace_back(p + 1, a_end);
    bool closed = false;  // the list ended with "and" and its last name
    for (std::size_t q = a_end; q < predicate.size() && !closed;) {
      const bool comma = predicate[q].token >= 0 && is_comma(predicate[q].token);
      std::size_t at = q;
      if (comma) ++at;
      const bool conjunction = at < predicate.size() && is_and(predicate[at]);
      if (conjunction) ++at;
      if (!comma && !conjunction) break;
      const std::size_t end = name_end(at);
      if (end == 0) break;
      items.emplace_back(at, end);
      closed = conjunction;
      q = end;
    }
    if (!closed || items.size() > 8) continue;
    // Two names joined by ", and" end a longer list the preposition does
    // not govern ("Grey's Anatomy, Men in Trees, and Nashville").
    if (items.size() == 2 && items[1].first >= 2 && predicate[items[1].first - 2].token >= 0 &&
        is_comma(predicate[items[1].first - 2].token)) {
      continue;
    }
    // A one-word item right after a longer name qualifies it, or belongs to
    // it: "The Lawrence School, Sanawar", "the Ministry of Education,
    // University and Research".
    bool qualifier = false;
    const auto words = [&](const std::pair<std::size_t, std::size_t>& item) {
      std::size_t n = item.second - item.first;
      if (n > 0 && predicate[item.first].token >= 0 && tok(predicate[item.first].token).lower == "the") --n;
      return n;
    };
    for (std::size_t i = 0; i + 1 < items.size(); ++i) {
      const bool after_comma = predicate[items[i].second].token >= 0 && is_comma(predicate[items[i].second].token);
      qualifier = qualifier || (after_comma && words(items[i]) > 1 && words(items[i + 1]) == 1);
    }
    if (qualifier) continue;
    // In a list with commas the commas delimit the names, so a name may
    // hold "of" ("the University of Toronto, Ryerson University and York
    // University"); "A and B" alone may be one name.
    const bool list = items.size() >= 3;
    const Slot& a_first = predicate[p + 1];
    const std::string_view a_word = a_first.token >= 0 ? tok(a_first.token).lower : a_first.text();
    std::string lowered(a_word.substr(0, a_word.find(' ')));
    for (char& c : lowered) c = ascii_lower(c);
    if (!list && has_kind(lowered, k_joined_name_start)) continue;
    // Names joined inside a longer name ("the College of William and Mary",
    // "the Rock and Roll Hall of Fame") are kept whole: neither side may
    // hold an "of".
    if (!list && (has_of(items[0].first, items[0].second) || has_of(items[1].first, items[1].second))) continue;
    if (list) {
      // A list item that is itself "X and Y" ("Bosnia and Herzegovina,
      // Serbia and Montenegro, and ..."): the commas are not the only joints.
      bool joined = false;
      for (std::size_t i = 0; i + 1 < items.size(); ++i) {
        joined = joined || (items[i + 1].first > 0 && is_and(predicate[items[i + 1].first - 1]) &&
                            !(items[i + 1].first > 1 && predicate[items[i + 1].first - 2].token >= 0 &&
                              is_comma(predicate[items[i + 1].first - 2].token)) &&
                            i + 2 < items.size());
      }
      if (joined) continue;
    }
    // "in Electrical and Computer Engineering": one adjective sharing the
    // second name's head noun.
    const std::size_t a_words = items[0].second - items[0].first - (a_word == "the" ? 1 : 0);
    const std::size_t b_words = items[1].second - items[1].first;
    const Slot& a_last = predicate[items[0].second - 1];
    if (!list && a_words == 1 && b_words > 1 && a_last.token >= 0) {
      const std::string_view adjective = tok(a_last.token).lower;
      if (adjective.ends_with("al") || adjective.ends_with("ic") || adjective.ends_with("ive") ||
          adjective.ends_with("ern") || adjective.ends_with("ary")) {
        continue;
      }
    }
    // "on Iran and North Korea's programs": the names own what follows.
    const std::size_t last_end = items.back().second;
    const Slot& b_last = predicate[last_end - 1];
    if (b_last.possessive || (b_last.token >= 0 && tok(b_last.token).possessive)) continue;
    // What follows the last name must not continue it ("Iraq war",
    // "the Arab nations") or the list ("A and B and C"): the clause ends,
    // or a preposition or "to" opens a new phrase.
    if (last_end < predicate.size()) {
      const Slot& next_slot = predicate[last_end];
      if (next_slot.token < 0) continue;
      const Token& next = tok(next_slot.token);
      if (next.word && (!is_preposition(next) || next.lower == "of")) continue;
      if (!next.word && next.text != "," && next.text != "." && next.text != ";") continue;
    }
    std::vector<Phrase> split;
    for (const auto& [from, to] : items) {
      Phrase one(predicate.begin(), predicate.begin() + static_cast<std::ptrdiff_t>(p + 1));
      one.insert(one.end(), predicate.begin() + static_cast<std::ptrdiff_t>(from),
                 predicate.begin() + static_cast<std::ptrdiff_t>(to));
      one.insert(one.end(), predicate.begin() + static_cast<std::ptrdiff_t>(last_end), predicate.end());
      split.push_back(std::move(one));
    }
    return split;
  }
  return {};
}

void SentenceDecomposer::emit(const Phrase& subject, const Phrase& predicate, const Context& context,
                              bool collective, std::vector<std::string> ambiguous) {
  // Split a coordinated subject of names under a distributive predicate:
  // "Iran and North Korea aligned with X" -> one claim each.
  std::vector<Phrase> members;
  bool split = false;
  bool plural_members = false;  // split plurals keep their plural verb
  const bool coordinated_subject =
      std::any_of(subject.begin(), subject.end(), [&](const Slot& slot) { return is_and(slot); });
  if (!collective && !predicate.empty() && coordinated_subject) {
    // The predicate must start with something we can put in the singular.
    const Slot& head = predicate.front();
    const std::string_view lower = head.token >= 0 ? tok(head.token).lower : head.text();
    const bool inflectable = is_auxiliary(lower) || verb_form(lower) == VerbForm::past;
    members.reserve(2);
    Phrase current;
    current.reserve(subject.size());
    bool names_only = true;
    for (const Slot& slot : subject) {
      if (slot.token >= 0 && is(slot.token, "both") && current.empty() && members.empty()) continue;
      // "Earth, Jupiter and Mars": list commas separate names as "and"
      // does (an Oxford comma's "and" then adds nothing).
      const bool list_comma = slot.token >= 0 && is_comma(slot.token);
      if (is_and(slot) || list_comma) {
        if (!current.empty()) members.push_back(current);
        current.clear();
        continue;
      }
      if (slot.token >= 0) {
        const Token& t = tok(slot.token);
        if (!t.capitalised || t.possessive) names_only = false;
      } else if (slot.possessive) {
        names_only = false;
      } else {
        // An antecedent splits only when it is a name: not "the presidents
        // of Kenya".
        const std::string_view text = slot.text();
        for (std::size_t c = 0; c < text.size(); ++c) {
          if ((c == 0 || text[c - 1] == ' ') && is_ascii_upper(static_cast<unsigned char>(text[c])) == false &&
              !(text[c] >= '0' && text[c] <= '9')) {
            const std::string_view word = text.substr(c, text.find(' ', c) - c);
            if (word != "and" && word != "of" && word != "the") names_only = false;
            if (word == "the" && c != 0) names_only = false;
          }
        }
        if (text.starts_with("the ")) names_only = false;
      }
      current.push_back(slot);
    }
    members.push_back(current);
    // "are all planets", "signed the treaty together": said of the group,
    // not of each member.
    const bool of_the_group = std::any_of(predicate.begin(), predicate.end(), [&](const Slot& slot) {
      if (slot.token < 0) return false;
      const std::string_view w = tok(slot.token).lower;
      return w == "all" || w == "both" || w == "together" || w == "jointly" || w == "respectively" || w == "each";
    });
    // "were signatories", "are members of": a plural noun after a plural
    // copula would not agree with one member ("France was signatories").
    bool plural_complement = false;
    if (lower == "are" || lower == "were") {
      // The complement's head: its last word before a preposition, a
      // comma or the end ("founding members of the bloc").
      std::size_t j = 1;
      while (j < predicate.size() && predicate[j].token >= 0 && tok(predicate[j].token).word &&
             !is_preposition(tok(predicate[j].token)) && !is_and(predicate[j])) {
        ++j;
      }
      // "are graduating more engineers": a verb with its object, not a
      // complement ("were founding members" is one).
      const bool verb_next = j > 3 && predicate[1].token >= 0 &&
                             (verb_form(tok(predicate[1].token)) == VerbForm::gerund ||
                              verb_form(tok(predicate[1].token)) == VerbForm::past);
      if (j > 1 && predicate[j - 1].token >= 0 && !verb_next) {
        const Token& t = tok(predicate[j - 1].token);
        plural_complement = t.info.classes == 0 && reads_as_plural(t.lower);
      }
    }
    split = inflectable && names_only && members.size() >= 2 && members.size() <= 6 && !of_the_group && !plural_complement &&
            std::none_of(members.begin(), members.end(), [](const Phrase& m) { return m.empty(); });
    // Plural nouns too: "Teachers and nurses went on strike" -> one claim
    // each, the verb already plural. Only short, plain plurals ("the
    // teachers", "many nurses"): not "exports of machinery and fish" (one
    // total) nor "the mayor and the governor were" (agreement).
    if (!split && members.size() == 2 && inflectable && lower != "was" && lower != "is" && lower != "has") {
      const auto plain_plural = [&](const Phrase& member) {
        if (member.empty() || member.size() > 3) return false;
        for (std::size_t j = 0; j < member.size(); ++j) {
          if (member[j].token < 0) return false;
          const Token& t = tok(member[j].token);
          if (!t.word || t.possessive || (t.capitalised && member[j].token != 0) || is_ascii_digit(static_cast<unsigned char>(t.text.front()))) return false;
          const bool determiner = t.lower == "the" || t.lower == "many" || t.lower == "some" || t.lower == "most" ||
                                  t.lower == "all";
          if (j + 1 < member.size() ? (!determiner && t.info.classes != 0) : t.info.classes != 0) return false;
          if (j > 0 && determiner) return false;
        }
        const std::string_view head = tok(member.back().token).lower;
        return reads_as_plural(head);
      };
      if (plain_plural(members[0]) && plain_plural(members[1])) {
        split = true;
        plural_members = true;
      }
    }
  }
  // The claims are every subject with every predicate; pointers, so the
  // common case of one of each copies nothing.
  std::vector<const Phrase*> subjects{&subject};
  if (split) {
    subjects.clear();
    for (const Phrase& member : members) subjects.push_back(&member);
  }
  const std::vector<Phrase> objects = collective ? std::vector<Phrase>{} : split_coordinated_object(predicate);
  const Phrase* const single[1] = {&predicate};
  const std::span<const Phrase> object_variants(objects);
  const std::size_t predicate_count = objects.empty() ? 1 : objects.size();

  for (std::size_t variant = 0; variant < predicate_count; ++variant)
  for (const Phrase* who_variant : subjects) {
    const Phrase* predicate_variant = objects.empty() ? single[0] : &object_variants[variant];
    if (!predicate_variant || !who_variant) continue;
    const Phrase& predicate = *predicate_variant;
    const Phrase& who = *who_variant;
    Phrase phrase;
    phrase.reserve(context.frame.size() + 1 + who.size() + predicate.size());
    phrase = context.frame;
    if (!phrase.empty()) {
      Slot comma = added_.slot(",");
      comma.attach_left = true;
      phrase.push_back(std::move(comma));
    }
    phrase.insert(phrase.end(), who.begin(), who.end());
    const std::size_t predicate_at = phrase.size();
    phrase.insert(phrase.end(), predicate.begin(), predicate.end());
    if (split && !plural_members && predicate_at < phrase.size()) {
      Slot& head = phrase[predicate_at];
      const std::string_view lower = head.token >= 0 ? tok(head.token).lower : head.text();
      const std::string_view member = who.size() == 1 && who[0].token >= 0 ? tok(who[0].token).lower : std::string_view();
      const std::string_view singular = agreeing_auxiliary(member, lower);
      if (singular != lower) head = added_.slot(std::string(singular));
    }
    if (phrase.empty()) continue;

    expand_surnames(phrase);
    expand_short_names(phrase);
    AtomicClaim claim;
    claim.text = render(phrase);
    if (!phrase.empty()) {
      const Slot& first = phrase.front();
      if (first.token < 0) {
        // A name put in for a reference: "Halvard Bank", not "the".
        claim.opens_with_name = !first.text().empty() && is_ascii_upper(static_cast<unsigned char>(first.text().front())) &&
                                first.text().find(' ') != std::string_view::npos;
      } else {
        const Token& t = tok(first.token);
        // (A word of the lexicon's is no name however it is written:
        // "Because", "Four"; nor is a plural or an adjective of a people or
        // kind, "Veterans", "Spanish", "Economic", nor a speaker's label,
        // "WALLACE:".)
        const std::string_view w = t.lower;
        const bool name_shape = w.size() >= 3 && std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; }) &&
                                !(w.ends_with("s") && !w.ends_with("ss")) && !w.ends_with("ic") && !w.ends_with("ish") &&
                                !w.ends_with("ese");
        const bool label = first.token + 1 < static_cast<int>(tokens_.size()) && tokens_[static_cast<std::size_t>(first.token) + 1].text == ":";
        claim.opens_with_name = t.word && t.capitalised && t.info.classes == 0 && t.info.kinds == 0 &&
                                t.info.form == VerbForm::none && !t.info.cardinal && name_shape && !label &&
                                state_.capitalised_inside.contains(t.lower);
      }
    }
    while (!claim.text.empty() && (claim.text.back() == ',' || claim.text.back() == ' ' ||
                                   claim.text.back() == ';' || claim.text.back() == ':')) {
      claim.text.pop_back();
    }
    if (claim.text.empty()) continue;
    if (std::islower(static_cast<unsigned char>(claim.text.front()))) {
      claim.text.front() = static_cast<char>(std::toupper(static_cast<unsigned char>(claim.text.front())));
    }
    const char last = claim.text.back();
    // A closing curly quote after the sentence's end: 'called it ‘remarkable.’'
    const bool closed_after_stop = (claim.text.ends_with("\xE2\x80\x9D") || claim.text.ends_with("\xE2\x80\x99")) &&
                                   claim.text.size() > 3 &&
                                   std::string_view(".?!").find(claim.text[claim.text.size() - 4]) != std::string_view::npos;
    if (last != '.' && last != '?' && last != '!' && last != '"' && !closed_after_stop) claim.text += terminal_;
    claim.source_spans = spans_of(phrase);
    claim.attribution = context.attribution;
    // "Okafor told supporters": the speaker by full name, as in the text.
    if (claim.attribution && claim.attribution->who.find(' ') == std::string::npos) {
      if (const auto* person = person_with_surname(claim.attribution->who)) claim.attribution->who = person->name.text;
    }
    claim.hedges = context.hedges;
    for (const Slot& slot : phrase) {
      if (slot.token < 0) continue;
      const std::string_view w = tok(slot.token).lower;
      if (is_hedge(tok(slot.token)) && std::find(claim.hedges.begin(), claim.hedges.end(), w) == claim.hedges.end()) {
        // "about" and "around" are hedges only before a number.
        if ((w == "about" || w == "around" || w == "nearly") &&
            !(static_cast<std::size_t>(slot.token) + 1 < tokens_.size() &&
              std::isdigit(static_cast<unsigned char>(tok(slot.token + 1).text.front())))) {
          continue;
        }
        // "until May": the month, not the modal.
        if (w == "may" && tok(slot.token).capitalised && slot.token > 0) continue;
        claim.hedges.emplace_back(w);
      }
    }
    claim.ambiguous = ambiguous;
    claim.not_checkworthy_reason = context.not_checkworthy_reason;
    claim.quotation = context.quotation;
    if (claim.not_checkworthy_reason.empty()) {
      // Judgement and outlook: "remains uncertain", "is a complex one",
      // "should", recommendations and first-person opinions.
      for (std::size_t k = 0; k < phrase.size(); ++k) {
        if (phrase[k].token < 0 || tok(phrase[k].token).judgement_cue == 0) continue;
        const JudgementCue cue = static_cast<JudgementCue>(tok(phrase[k].token).judgement_cue);
        // "must" in a rule with concrete terms is a requirement someone set,
        // which can be checked: "Construction traffic must not use Church
        // Street between 8am and 9am"; not "We must act", "Governments must
        // do more".
        if (cue == JudgementCue::obligation && !(tok(phrase[k].token).lower == "must" && states_requirement(phrase))) {
          claim.not_checkworthy_reason = "opinion";
        }
        // A forecast cannot be checked yet: "could", "may", "is expected
        // to". "Will" is left alone: schedules and plans ("the bridge will
        // reopen in May") are checkable announcements.
        // "was expected to be bombed" reports a past expectation, not a
        // forecast.
        const bool past_before = k > 0 && phrase[k - 1].token >= 0 &&
                                 (is(phrase[k - 1].token, "was") || is(phrase[k - 1].token, "were"));
        const bool next_is_to = k + 1 < phrase.size() && phrase[k + 1].token >= 0 && is(phrase[k + 1].token, "to") &&
                                !past_before;
        if (claim.not_checkworthy_reason.empty() &&
            (cue == JudgementCue::possibility || (cue == JudgementCue::may && !tok(phrase[k].token).capitalised) ||
             (cue == JudgementCue::outlook && next_is_to))) {
          claim.not_checkworthy_reason = "future";
        }
        if ((cue == JudgementCue::copula || cue == JudgementCue::remain) && k + 1 < phrase.size()) {
          for (std::size_t j = k + 1; j < phrase.size() && j < k + 5; ++j) {
            if (phrase[j].token < 0) break;
            const std::string_view x = tok(phrase[j].token).lower;
            // "was too high", "remained far too weak": a measure against an
            // unstated standard.
            if (is_evaluative(tok(phrase[j].token)) || (x == "too" && j + 1 < phrase.size())) {
              claim.not_checkworthy_reason = "opinion";
              break;
            }
            if (!(is_determiner(tok(phrase[j].token)) || is_adverb_of_degree_or_time(tok(phrase[j].token)) || x == "and" || x == "very" ||
                  x == "highly" || x == "deeply" || x == "more" || x == "far" || x == "to" ||
                  x == "be" || x == "seen" || x == "increasingly")) {
              break;
            }
          }
        }
        if (cue == JudgementCue::remain && k + 3 < phrase.size() && phrase[k + 1].token >= 0 &&
            is(phrase[k + 1].token, "to") && phrase[k + 2].token >= 0 && is(phrase[k + 2].token, "be") &&
            phrase[k + 3].token >= 0 && is(phrase[k + 3].token, "seen")) {
          claim.not_checkworthy_reason = "opinion";
        }
      }
    }
    claims_.push_back(std::move(claim));
  }
}

const Pair* SentenceDecomposer::nearest_pair(bool persons, bool& ambiguous,
                                             const SentenceMemory** where, PairKind kind) const {
  ambiguous = false;
  for (auto it = state_.recent.rbegin(); it != state_.recent.rend(); ++it) {
    std::vector<const Pair*> found;
    for (const Pair& pair : it->pairs) {
      if (pair.persons != persons) continue;
      const bool organisations = pair.first.organisation && pair.second.organisation;
      const bool none = !pair.first.organisation && !pair.second.organisation;
      if ((kind == PairKind::organisations && !organisations) || (kind == PairKind::not_organisations && !none)) {
        continue;
      }
      if (std::none_of(found.begin(), found.end(), [&](const Pair* p) {
            return p->first == pair.first && p->second == pair.second;
          })) {
        found.push_back(&pair);
      }
    }
    if (found.empty()) continue;
    if (found.size() > 1) {
      ambiguous = true;
      return nullptr;
    }
    *where = &*it;
    return found.front();
  }
  return nullptr;
}

Phrase pair_phrase(const Pair& pair, AddedWords& added) {
  return Phrase{added.slot(pair.first.text, pair.first.spans), added.slot("and"),
                added.slot(pair.second.text, pair.second.spans)};
}

bool SentenceDecomposer::resolve_subject(Phrase& subject, Context& context,
                                         std::vector<std::string>& ambiguous, std::optional<Pair>& pair,
                                         bool past) {
  std::vector<std::string_view> words;  // views into the sentence's lowered words
  words.reserve(subject.size());
  for (const Slot& slot : subject) {
    if (slot.token < 0) return false;
    words.push_back(tok(slot.token).lower);
  }
  if (words.empty()) return false;
  std::string joined;
  for (const std::string_view w : words) {
    if (!joined.empty()) joined += ' ';
    joined += w;
  }
  const bool both = words.size() == 2 && words[0] == "both";
  const bool the_two = words.size() == 3 && words[0] == "the" && words[1] == "two";
  const std::string_view head = words.back();
  const bool group = (both || the_two) && has_kind(head, k_pair_group_noun);
  const bool people = (both || the_two) && has_kind(head, k_pair_person_noun);
  const bool they = words.size() == 1 && words[0] == "they";
  const bool their_start = words[0] == "their";
  if (group || people || they) {
    bool unclear = false;
    const SentenceMemory* where = nullptr;
    const PairKind kind = people ? PairKind::any
                          : has_kind(head, k_organisation_group_noun) ? PairKind::organisations
                          : group ? PairKind::not_organisations
                                  : PairKind::any;
    // "They" after people is them: "The presidents met ... They pledged".
    const Pair* found = they ? nearest_pair(true, unclear, &where) : nullptr;
    if (!found) found = nearest_pair(people, unclear, &where, kind);
    if (found) {
      subject = pair_phrase(*found, added_);
      pair = *found;
      if (found->event && past && context.frame.empty() && where->frame &&
          where->number + 2 >= state_.sentence_number) {
        context.frame = Phrase{added_.slot(where->frame->text, where->frame->spans)};
      }
      return true;
    }
    ambiguous.push_back(joined);
    return false;
  }
  if (their_start && words.size() > 1) {
    bool unclear = false;
    const SentenceMemory* where = nullptr;
    const Pair* found = nearest_pair(false, unclear, &where);
    if (!found) found = nearest_pair(true, unclear, &where);
    if (found) {
      Phrase replaced = pair_phrase(*found, added_);
      replaced.back().possessive = true;
      replaced.insert(replaced.end(), subject.begin() + 1, subject.end());
      subject = std::move(replaced);
      return true;
    }
    ambiguous.push_back("their");
    return false;
  }
  // "The plant" / "These sanctions" / "the new plant": the one earlier
  // description with that head noun ("a chip plant near Ostrava").
  const bool definite = (words[0] == "the" || words[0] == "this" || words[0] == "these" || words[0] == "that" ||
                         words[0] == "those") &&
                        words.size() >= 2 && words.size() <= 3;
  if (definite) {
    const auto found = state_.described.find(head);
    if (found != state_.described.end() && found->second.size() == 1 && found->second.front().referable) {
      const Entity& description = found->second.front();
      bool longer = description.text.size() > joined.size();
      // "the second part" is not "the northern part of Mali", nor "the
      // family base" "Andrews Air Force Base": a modifier must be the
      // description's own.
      if (words.size() == 3 && !contains_word_folded(description.text, words[1])) longer = false;
      if (longer) {
        // ("Iran's mortal enemy" takes no "the": its owner determines it.)
        const std::string_view first_word = std::string_view(description.text).substr(0, description.text.find(' '));
        // (A title's does: "the President's answer".)
        const bool possessive = first_word.ends_with("'s") || first_word.ends_with("\xE2\x80\x99s");
        std::string owner(first_word.substr(0, first_word.size() - (first_word.ends_with("'s") ? 2 : 4)));
        for (char& c : owner) c = ascii_lower(c);
        const english::WordInfo owner_info = english::word_info(owner);
        const bool owned = possessive && owner_info.classes == 0 && !owner.empty();
        subject = owned || description.bare_name
                      ? Phrase{added_.slot(description.text, description.spans)}
                      : Phrase{added_.slot("the"), added_.slot(description.text, description.spans)};
        return true;
      }
    }
  }
  // "the company", and "the bicycle maker" (one plain word before a head
  // that names a business; "the city council" is a body of its own).
  const bool the_org = (words.size() == 2 || (words.size() == 3 && has_kind(head, k_business_noun) &&
                                              tok(subject[1].token).info.classes == 0 &&
                                              tok(subject[1].token).info.form == VerbForm::none)) &&
                       words[0] == "the" && has_kind(head, k_organisation_noun);
  // A bare "it" is left alone: it is as often expletive ("it remains
  // unclear") as referring, and guessing would put words in the article's mouth.
  // "The company's shares rose": the owner is "the company", found the
  // same way, and owns the rest.
  const bool owner_org = !the_org && words.size() >= 3 && words[0] == "the" && has_kind(words[1], k_organisation_noun) &&
                         tok(subject[1].token).possessive;
  if (the_org || owner_org) {
    const std::string_view org_head = owner_org ? words[1] : head;
    // The nearest earlier sentence whose subject was one named entity, and
    // not a named place: "the team" is not "the Great Barrier Reef".
    // Which remembered subject "the <head>" can name:
    // - a body that names itself by its kind is only one of that name:
    //   "the council" is "Wrexley City Council", never "Iran";
    // - a company, firm, bank or club is no country and no political party:
    //   "Iran tested a missile. The firm denied the report" is about some
    //   firm the text did not name, and "The Social Democrats" sell nothing;
    // - "the government" is a country's, or one so named; not a party's.
    const bool named_by_kind =
        org_head == "council" || org_head == "ministry" || org_head == "university" || org_head == "agency";
    const bool business = has_kind(org_head, k_business_noun) || org_head == "bank" || org_head == "club" ||
                          org_head == "university" || org_head == "agency";
    const bool government = org_head == "government";
    // Whether the name holds the word `org_head` as a word of its own, not
    // as part of one ("the Marvonian Banking Association" holds no "bank").
    const auto named_so = [&](std::string_view lower) {
      const std::size_t at = lower.find(org_head);
      const std::size_t after = at == std::string::npos ? at : at + org_head.size();
      return at != std::string::npos && (at == 0 || lower[at - 1] == ' ') &&
             (after == lower.size() || lower[after] == ' ' || lower[after] == '\'');
    };
    const auto lowered = [](const Entity& entity) {
      std::string lower = entity.text;
      for (char& c : lower) c = ascii_lower(c);
      return lower;
    };
    const auto can_be = [&](const Entity& entity) {
      const std::string lower = lowered(entity);
      const bool so_named = named_so(lower);
      const bool country = (entity.kinds & k_country) != 0;
      const bool party = (entity.kinds & k_party) != 0;
      if ((entity.kinds & (k_place | k_titled_person)) != 0) return false;
      if (named_by_kind && !so_named) return false;
      // A name that says it is a body of another kind is not one of this:
      // "the Marvonian Banking Association" is no bank.
      const std::size_t space = lower.rfind(' ');
      const std::string_view last = std::string_view(lower).substr(space == std::string::npos ? 0 : space + 1);
      if (!so_named && last != org_head && has_kind(last, k_organisation_head)) return false;
      if (business && (country || party)) return false;
      return !government || country || so_named;
    };
    // The nearest remembered subject it can be; one whose name holds the
    // word comes first: "the bank" after "Halvard Bank ... Harbor Foods ..."
    // is Halvard Bank.
    const auto usable = [&](const SentenceMemory& memory) {
      return memory.subject && !memory.subject->person && !known_person(*memory.subject) && can_be(*memory.subject);
    };
    const SentenceMemory* chosen = nullptr;
    for (auto mem = state_.recent.rbegin(); mem != state_.recent.rend() && !chosen; ++mem) {
      if (usable(*mem) && named_so(lowered(*mem->subject))) chosen = &*mem;
    }
    for (auto mem = state_.recent.rbegin(); mem != state_.recent.rend() && !chosen; ++mem) {
      if (usable(*mem)) chosen = &*mem;
    }
    if (chosen) {
      Slot owner = added_.slot(chosen->subject->text, chosen->subject->spans);
      if (owner_org) {
        owner.possessive = true;
        Phrase owned{owner};
        owned.insert(owned.end(), subject.begin() + 2, subject.end());
        subject = std::move(owned);
      } else {
        subject = Phrase{owner};
      }
      return true;
    }
    ambiguous.push_back(owner_org ? "the " + std::string(org_head) : joined);
    return false;
  }
  if (words[0] == "its" && words.size() > 1) {
    // "Its decisions" after "The committee will meet ...": the previous
    // sentence's subject, when there is one.
    // A plural ("Volunteers") cannot own "its".
    // Not in a reported clause: in "the team estimates that its nucleus
    // is ...", the speaker stands between.
    const bool reported = context.attribution && subject[0].token > 0;
    if (const std::optional<Slot> owner = reported ? std::nullopt : its_owner()) {
      Phrase replaced{*owner};
      replaced.insert(replaced.end(), subject.begin() + 1, subject.end());
      subject = std::move(replaced);
      return true;
    }
    ambiguous.push_back("its");
    return false;
  }
  if (words.size() == 3 && words[0] == "the" && words[1] == "combined") {
    ambiguous.push_back(joined);
    return false;
  }
  if ((words[0] == "this" || words[0] == "these" || words[0] == "those") && words.size() >= 2) {
    ambiguous.push_back(joined);
    return false;
  }
  // "She and her colleagues have exposed ...": the first of a coordination too.
  const bool coordinated = words.size() >= 3 && words[1] == "and";
  if ((words.size() == 1 || coordinated) && (words[0] == "he" || words[0] == "she")) {
    // "Graham Tolland, 52, appeared in court. He was released on bail":
    // at the start of a sentence, the one person the sentence before was
    // about, when it shows one (a gendered or titled name, or a name that
    // opens it). Not when this sentence names someone before the pronoun.
    const char gender = pronoun_gender(words[0]);
    // Places and things after an article or preposition name no one:
    // "Following the fall of the Berlin Wall, he", "In Paris, she".
    bool named_before = false;
    for (std::size_t t = 1; t < static_cast<std::size_t>(subject[0].token) && !named_before; ++t) {
      if (!tokens_[t].word || !tokens_[t].capitalised) continue;
      std::size_t start = t;
      while (start > 0 && tokens_[start - 1].word && tokens_[start - 1].capitalised) --start;
      // "After fleeing Hungary, she": the object of a fronted participle
      // is not who the clause is about.
      if (start == 0) {
        named_before = true;
        break;
      }
      const Token& before = tokens_[start - 1];
      named_before = !(before.lower == "the" || is_preposition(before) ||
                       (before.word && !before.capitalised && before.info.form == VerbForm::gerund));
    }
    if (const Entity* person = named_before ? nullptr : take_person_before(gender)) {
      subject[0] = added_.slot(person->text, person->spans);
      return true;
    }
    if (const NameRun* opener = named_before ? clause_pronoun_antecedent(static_cast<std::size_t>(subject[0].token))
                                             : nullptr) {
      const Entity person = entity_of(*opener, false);
      subject[0] = added_.slot(person.text, person.spans);
      return true;
    }
    if (std::optional<Entity> person =
            named_before ? gendered_clause_antecedent(static_cast<std::size_t>(subject[0].token), gender) : std::nullopt) {
      subject[0] = added_.slot(person->text, person->spans);
      return true;
    }
    ambiguous.push_back(std::string(words[0]));
    return false;
  }
  // "It cleared Penhale of negligence", "That depends on the weather": a
  // thing the sentences before named, which the claim does not say. Not
  // an "it" that stands for what follows ("It is unclear how ...", "It
  // is too early to tell", "It is believed that ...").
  // ("That's right" too; not "It's", whose verb is inside the token.)
  if (words.size() == 1 && (words[0] == "it" || words[0] == "this" || words[0] == "that") &&
      !(words[0] == "it" && (tok(subject[0].token).possessive || anticipatory_it(static_cast<std::size_t>(subject[0].token))))) {
    ambiguous.push_back(std::string(words[0]));
    return false;
  }
  return false;
}

bool SentenceDecomposer::anticipatory_it(std::size_t it) const {
  std::size_t k = it + 1;
  const auto word_at = [&](std::size_t j) { return j < tokens_.size() && tokens_[j].word; };
  // The verb group: "is", "was not", "will be", "has long been", "remains".
  while (word_at(k) && (is_auxiliary(tokens_[k]) || is_adverb_before_verb(tokens_[k]) || tokens_[k].lower == "not") &&
         !(tokens_[k].lower == "is" || tokens_[k].lower == "was" || tokens_[k].lower == "be" ||
           tokens_[k].lower == "been")) {
    ++k;
  }
  if (!word_at(k)) return false;
  const std::string_view verb = tokens_[k].lower;
  // "It rained", "It takes 40 minutes to drive there": weather and time.
  if (verb == "rained" || verb == "snowed" || verb == "rains" || verb == "snows") return true;
  const bool takes = verb == "takes" || verb == "took" || verb == "take";
  const bool copula = verb == "is" || verb == "was" || verb == "be" || verb == "been" || verb == "remains" ||
                      verb == "remained" || verb == "seems" || verb == "seemed" || verb == "appears" ||
                      verb == "appeared" || verb == "becomes" || verb == "became";
  if (!copula && !takes) return false;
  ++k;
  while (word_at(k) && (is_adverb_before_verb(tokens_[k]) || tokens_[k].lower == "not" || tokens_[k].lower == "been")) ++k;
  // "It is the third time this year that the river has burst its banks":
  // the time of what follows.
  if (copula && word_at(k + 2) && tokens_[k].lower == "the" && tokens_[k + 2].lower == "time" &&
      ((tokens_[k + 1].info.kinds & english::k_ordinal) != 0 || tokens_[k + 1].lower == "only")) {
    return true;
  }
  // "It is the third strike in six years": a noun phrase says what it is.
  if (copula && word_at(k) && (is_determiner(tokens_[k]) || tokens_[k].possessive)) return false;
  // What follows holds the clause "it" stands for: "how quickly ...",
  // "that the plan ...", "to tell". Not "expected to", "due to": those say
  // what the thing will do.
  for (std::size_t j = k; j < tokens_.size(); ++j) {
    const std::string_view w = tokens_[j].lower;
    if (!tokens_[j].word) {
      if (tokens_[j].text == "," || tokens_[j].text == ";") return false;
      continue;
    }
    if (w == "that" || w == "how" || w == "whether" || w == "why" || w == "when" || w == "what" || w == "who" ||
        w == "if" || w == "where") {
      return true;
    }
    if (w == "to" && j > k) {
      const std::string_view before = tokens_[j - 1].lower;
      return !(before == "expected" || before == "set" || before == "due" || before == "scheduled" ||
               before == "planned" || before == "projected" || before == "designed" || before == "going" ||
               before == "able" || before == "unable" || before == "likely" || before == "unlikely" ||
               before == "used" || before == "meant" || before == "supposed");
    }
  }
  return false;
}

char SentenceDecomposer::known_gender(const Entity& person) const {
  for (auto memory = state_.recent.rbegin(); memory != state_.recent.rend(); ++memory) {
    if (memory->person && memory->person->text == person.text && memory->person_gender != '?') {
      return memory->person_gender;
    }
  }
  if (resolved_person_ && resolved_person_->text == person.text && resolved_gender_ != '?') return resolved_gender_;
  return '?';
}

std::optional<Entity> SentenceDecomposer::gendered_clause_antecedent(std::size_t pronoun, char gender) {
  if (pronoun < 2 || gender == 0) return std::nullopt;
  const Token& opener = tokens_[pronoun - 1];
  if (opener.text != ";" && opener.lower != "and" && opener.lower != "but" && opener.lower != "when" &&
      opener.lower != "after" && opener.lower != "until" && opener.lower != "because") {
    return std::nullopt;
  }
  std::optional<Entity> left;
  bool excluded = false;
  for (const NameRun& run : runs_) {
    if (run.last >= pronoun) break;
    Entity name = entity_of(run, false);
    // A surname alone is its person's full name.
    if (run.first == run.last) {
      const auto* known = person_with_surname(name.text);
      if (known == nullptr) continue;
      name = known->name;
    } else if (!person_like(run)) {
      continue;
    }
    const char known = known_gender(name);
    if (known != '?' && known != gender) {
      excluded = true;
      continue;
    }
    if (left && left->text != name.text) return std::nullopt;  // two who may be meant
    left = std::move(name);
  }
  if (!excluded || !left) return std::nullopt;
  return left;
}

const NameRun* SentenceDecomposer::clause_pronoun_antecedent(std::size_t pronoun) const {
  // "Maria Keller studied law, which she later taught", "..., and he
  // was released": a pronoun opening a clause inside the sentence is
  // the person the sentence opens with, when no other name stands
  // between them.
  if (pronoun < 2 || runs_.empty()) return nullptr;
  const Token& opener = tokens_[pronoun - 1];
  const bool clause_start = opener.lower == "which" || opener.lower == "that" || opener.lower == "and" ||
                            opener.lower == "but" || opener.lower == "when" || opener.lower == "after" ||
                            opener.lower == "before" || opener.lower == "because" || opener.lower == "while" ||
                            opener.lower == "until" || opener.lower == "although";
  if (!clause_start) return nullptr;
  const NameRun& first = runs_.front();
  if (first.first != 0 || first.first == first.last || first.last >= pronoun || !person_like(first) ||
      named_as_relative(first)) {
    return nullptr;
  }
  for (std::size_t k = first.last + 1; k < pronoun; ++k) {
    if (tokens_[k].word && tokens_[k].capitalised) return nullptr;
  }
  return &first;
}

std::size_t SentenceDecomposer::organisation_name_start(const NameRun& run) const {
  std::size_t first = run.first;
  while (first >= 2) {
    const Token& joint = tokens_[first - 1];
    const Token& before = tokens_[first - 2];
    const bool joined = (joint.lower == "and" || joint.lower == "of") && before.word && before.capitalised;
    const bool plural_possessive = joint.text == "'" && before.possessive && before.capitalised;
    if (!joined && !plural_possessive) break;
    first -= 2;
    while (first > 0 && tokens_[first - 1].word && tokens_[first - 1].capitalised && !is_determiner(tokens_[first - 1])) {
      --first;
    }
  }
  return first;
}

void SentenceDecomposer::resolve_foreign_its(Phrase& predicate, const Phrase& subject, bool plural_subject,
                                             std::vector<std::string>& ambiguous, bool side) {
  const auto its = std::find_if(predicate.begin(), predicate.end(), [&](const Slot& slot) {
    return slot.token >= 0 && tok(slot.token).lower == "its" && !tok(slot.token).possessive;
  });
  if (its == predicate.end() || subject.empty()) return;
  // "on its own", "in its own right": an idiom, whoever "it" is.
  if (its + 1 != predicate.end() && its[1].token >= 0 && tok(its[1].token).lower == "own") return;
  // "appointed Anita Loveridge, its managing partner,": a description of a
  // name, right after it, is of the sentence's first subject's (not of a
  // plural: "Volunteers" own no "its").
  const int its_token = its->token;
  if (side && first_subject_phrase_ && !first_subject_phrase_->text.ends_with("s") && its_token >= 2 &&
      tokens_[static_cast<std::size_t>(its_token - 1)].text == "," && subject.back().token == its_token - 2 &&
      first_subject_phrase_->text != render(subject)) {
    std::string text = first_subject_phrase_->text;
    if (text.starts_with("The ")) text[0] = 't';
    Slot owner = added_.slot(std::move(text), first_subject_phrase_->spans);
    owner.possessive = true;
    *its = owner;
    return;
  }
  // Anything the sentence names before "its" may own it, and usually does:
  // "against the United States and its allies", "Halvard's shares ... off
  // its market value", "left the aircraft on its emergency slides". Only a
  // sentence with nothing before "its" but its subject sends the reader to
  // an earlier one.
  for (int t = 0; t < its_token; ++t) {
    const Token& before = tokens_[static_cast<std::size_t>(t)];
    const bool in_subject = std::any_of(subject.begin(), subject.end(), [&](const Slot& slot) { return slot.token == t; });
    if (before.word && (in_subject ? before.possessive : (before.capitalised && t > 0) || is_determiner(before))) return;
  }
  // The subject is a person: a pronoun, or a name the document shows as one.
  bool person = false;
  if (subject.size() == 1 && subject[0].token >= 0) {
    const std::string_view w = tok(subject[0].token).lower;
    // (Not "I" or "we": a speaker's "its" is whatever they were talking about.)
    person = w == "he" || w == "she";
  }
  if (!person && std::all_of(subject.begin(), subject.end(), [&](const Slot& slot) {
        return slot.token < 0 || (tok(slot.token).word && tok(slot.token).capitalised);
      })) {
    Entity name;
    name.text = render(subject);
    person = known_person(name);
  }
  // "X is its chief executive", "X became its first president": a copula's
  // complement is never the subject's own (but "It is at its highest").
  bool copula = false;
  for (auto slot = predicate.begin(); slot != its; ++slot) {
    // (An added copula too: "Its chief executive, Lena Brandt," gives
    // "Lena Brandt was its chief executive".)
    const std::string_view w = slot->token >= 0 ? std::string_view(tok(slot->token).lower) : slot->text();
    const bool linking = w == "is" || w == "was" || w == "are" || w == "were" || w == "be" || w == "been" ||
                         w == "become" || w == "became" || w == "becomes" || w == "remains" || w == "remained";
    copula = linking || (copula && slot->token >= 0 && (is_auxiliary(tok(slot->token)) || w == "now" || w == "also"));
    if (!linking && !(slot->token >= 0 && (is_auxiliary(tok(slot->token)) || w == "now" || w == "also" ||
                                           w == "will" || w == "would"))) {
      copula = false;
    }
  }
  if (!person && !plural_subject && !copula) return;
  if (const std::optional<Slot> owner = its_owner()) {
    *its = *owner;
    return;
  }
  if (std::find(ambiguous.begin(), ambiguous.end(), "its") == ambiguous.end()) ambiguous.push_back("its");
}

void SentenceDecomposer::resolve_possessive_pronouns(Phrase& phrase, const Phrase& subject, const Entity* speaker,
                                                     char speaker_gender) {
  for (std::size_t k = 0; k + 1 < phrase.size(); ++k) {
    if (phrase[k].token < 0) continue;
    const Token& pronoun = tok(phrase[k].token);
    if (pronoun.lower != "his" && pronoun.lower != "her") continue;
    // A noun follows ("her arrival", "his former workshop", "her plans"),
    // not a preposition, a determiner or the end ("praised her", "gave her
    // a medal"), nor, after "her", a verb it is the subject of ("made her
    // leave", "saw her win"; "his" is always a possessive).
    const Slot& next = phrase[k + 1];
    if (next.token < 0) continue;
    const Token& noun = tok(next.token);
    if (!noun.word || noun.capitalised || noun.info.classes != 0 || noun.info.form == VerbForm::past ||
        noun.info.form == VerbForm::gerund) {
      continue;
    }
    if (pronoun.lower == "her" && noun.info.form == VerbForm::base && k > 0 && phrase[k - 1].token >= 0) {
      const std::string_view verb = tok(phrase[k - 1].token).lower;
      if (verb == "made" || verb == "make" || verb == "makes" || verb == "let" || verb == "lets" || verb == "help" ||
          verb == "helped" || verb == "helps" || verb == "saw" || verb == "see" || verb == "watched" ||
          verb == "heard" || verb == "had" || verb == "have" || verb == "has") {
        continue;
      }
    }
    const bool speakers = speaker != nullptr && speaker_gender == pronoun_gender(pronoun.lower);
    // Only a person the document showed as one: a name that merely opened
    // the sentence before ("Social Security", "Estado Novo") owns no "her",
    // unless the document has shown it to be a person's ("Grace Okafor, a
    // former head teacher, won").
    const SentenceMemory* before =
        nearest_recent(3, [](const SentenceMemory& m) { return m.person || m.opening_name; });
    if (before == nullptr && !speakers) continue;
    const Entity* person = nullptr;
    if (speakers) {
      person = speaker;
    } else if (before->person) {
      if (gender_agrees(before->person_gender, pronoun_gender(pronoun.lower))) person = &*before->person;
    } else if (before->number + 1 == state_.sentence_number && !before->opening_name->organisation &&
               known_person(*before->opening_name)) {
      person = &*before->opening_name;
    }
    if (person == nullptr) continue;
    // The subject could be the owner: a pronoun, a name, or that person put
    // in for a pronoun.
    bool subject_person = false;
    for (const Slot& slot : subject) {
      if (slot.token < 0) {
        const std::string_view text = slot.text();
        Entity name;
        name.text = std::string(text);
        subject_person = subject_person || text == person->text || known_person(name);
        continue;
      }
      const Token& t = tok(slot.token);
      subject_person = subject_person || (t.capitalised && t.word && t.info.classes == 0) || t.lower == "he" ||
                       t.lower == "she" || t.lower == "i" || t.lower == "we" || t.lower == "they" || t.lower == "you";
    }
    // (After a copula the complement is never the subject's own: "Tazewell
    // Taylor was his father".)
    const bool complement = !phrase.empty() && phrase.front().token < 0 &&
                            (phrase.front().text() == "is" || phrase.front().text() == "was");
    if (subject_person && &phrase != &subject && !complement) continue;
    // "In addition to her stage work, Kirby has appeared": a name after
    // the pronoun and before the next verb may be its owner.
    bool named_after = false;
    for (std::size_t t = static_cast<std::size_t>(phrase[k].token) + 2; t < tokens_.size() && !named_after && !speakers;
         ++t) {
      const Token& after = tokens_[t];
      if (is_auxiliary(after) || after.info.form == VerbForm::past || after.info.form == VerbForm::third_person) break;
      // (The described name is not the owner: "His father Tazewell Taylor"
      // gives "Tazewell Taylor was his father".)
      const bool described = &phrase != &subject && std::any_of(subject.begin(), subject.end(), [&](const Slot& slot) {
        return slot.token == static_cast<int>(t);
      });
      named_after = !described && after.word && after.capitalised && after.info.classes == 0 &&
                    !has_kind(after, k_weekday_or_month);
    }
    if (named_after) continue;
    // No one named in this sentence before the pronoun, who could be its owner.
    bool named_before = false;
    // ("Smith said the council had cut his budget": Smith may be the owner.)
    for (int t = 0; t < phrase[k].token && !named_before && !speakers; ++t) {
      const Token& before = tokens_[static_cast<std::size_t>(t)];
      named_before = before.word && before.capitalised && before.info.classes == 0;
    }
    if (named_before) continue;
    Slot owner = added_.slot(person->text, person->spans);
    owner.possessive = true;
    phrase[k] = owner;
    // As for a resolved "she": the sentence is about that person, for the
    // pronouns of the next ones.
    if (!resolved_person_) {
      resolved_person_ = *person;
      resolved_gender_ = pronoun_gender(pronoun.lower);
    }
  }
}

std::optional<Slot> SentenceDecomposer::its_owner() {
  // "The plant opened in 1990, and its owner was sold": in a later clause,
  // the subject of this sentence's first claim; else the previous
  // sentence's subject.
  const Entity* candidate = nullptr;
  if (first_subject_phrase_ && clause_number_ > first_subject_clause_) {
    candidate = &*first_subject_phrase_;
  } else if (!state_.recent.empty() && state_.recent.back().number + 1 == state_.sentence_number &&
             state_.recent.back().subject_phrase && !state_.recent.back().second_topic) {
    candidate = &*state_.recent.back().subject_phrase;
  }
  if (candidate == nullptr || candidate->text.ends_with("s")) return std::nullopt;
  const Entity& owner = *candidate;
  // Nor a plural before a place or a part: "Dockers at Kelmouth", "Members
  // of the union".
  for (const std::string_view preposition : {" at ", " in ", " of ", " from ", " on "}) {
    const std::size_t at = owner.text.find(preposition);
    if (at == std::string::npos) continue;
    const std::size_t space = owner.text.rfind(' ', at == 0 ? 0 : at - 1);
    std::string head = owner.text.substr(space == std::string::npos ? 0 : space + 1,
                                         at - (space == std::string::npos ? 0 : space + 1));
    for (char& c : head) c = ascii_lower(c);
    if (reads_as_plural(head)) return std::nullopt;
    break;
  }
  std::string text = owner.text;
  if (text.starts_with("The ")) text[0] = 't';
  Slot slot = added_.slot(std::move(text), owner.spans);
  slot.possessive = true;
  return slot;
}

bool SentenceDecomposer::states_requirement(const Phrase& phrase) const {
  bool concrete = false;
  for (std::size_t k = 0; k < phrase.size(); ++k) {
    if (phrase[k].token < 0) continue;
    const Token& t = tok(phrase[k].token);
    if (!t.word) continue;
    if (t.lower == "we" || t.lower == "i" || t.lower == "us" || t.lower == "our" || t.lower == "you") return false;
    concrete = concrete || is_ascii_digit(static_cast<unsigned char>(t.text.front())) || t.info.cardinal ||
               (k > 0 && t.capitalised && phrase[k].token > 0 && t.info.classes == 0);
  }
  return concrete;
}

bool SentenceDecomposer::named_as_relative(const NameRun& run) const {
  // "His father, John Penhale,", "her husband Tom": a possessive pronoun
  // and a noun or two before the name, no verb between.
  for (std::size_t back = 1; back <= 4 && back <= run.first; ++back) {
    const Token& t = tokens_[run.first - back];
    if (is_personal_possessive(t.lower)) return true;
    if (!(t.text == "," || (t.word && !t.capitalised && t.info.form == VerbForm::none && !is_auxiliary(t)))) break;
  }
  return false;
}

Claim::Attribution SentenceDecomposer::source_attribution(const Phrase& who, bool vague) {
  const bool description = !vague && (who.size() == 2 || who.size() == 3) &&
                           std::all_of(who.begin(), who.end(), [&](const Slot& slot) {
                             return slot.token >= 0 && tok(slot.token).word && !tok(slot.token).possessive;
                           }) &&
                           tok(who[0].token).lower == "the";
  if (description) {
    // Resolved as a subject would be, in a context of its own: the source's
    // antecedent brings no time frame to what it reports.
    Context own;
    std::vector<std::string> unclear;
    std::optional<Pair> pair;
    Phrase resolved = who;
    if (resolve_subject(resolved, own, unclear, pair, false)) return Claim::Attribution{render(resolved), false};
  }
  return Claim::Attribution{render(who), vague};
}

void SentenceDecomposer::emit_about_speaker(const Phrase& speaker, Phrase predicate, const Context& context) {
  Context side;
  side.frame = context.frame;
  std::vector<std::string> ambiguous;
  resolve_references(predicate, false, ambiguous);
  emit(speaker, predicate, side, true, ambiguous);
}

const Entity* SentenceDecomposer::take_person_before(char gender) {
  const Entity* person = person_before(gender);
  if (person) {
    resolved_person_ = *person;
    resolved_gender_ = gender;
    // "He" stands for the name: the name is a person's.
    if (!person->organisation) remember_person(*person);
  }
  return person;
}

bool SentenceDecomposer::known_person(const Entity& entity) const {
  // A surname alone counts when it is a known person's.
  const std::string_view full = entity.text;
  const auto found = state_.people.find(full.substr(full.rfind(' ') == std::string_view::npos ? 0 : full.rfind(' ') + 1));
  if (found != state_.people.end() && full.find(' ') == std::string_view::npos) return true;
  return found != state_.people.end() &&
         std::any_of(found->second.begin(), found->second.end(),
                     [&](const Decomposer::State::KnownPerson& p) { return p.name.text == full; });
}

const NameRun* SentenceDecomposer::opening_subject(const std::vector<NameRun>& runs) const {
  if (runs.empty()) return nullptr;
  const auto plain_words = [&](std::size_t from, std::size_t to, bool any_class) {
    for (std::size_t k = from; k < to; ++k) {
      const Token& t = tokens_[k];
      if (!t.word || t.capitalised || t.info.form != VerbForm::none || (!any_class && t.info.classes != 0)) return false;
    }
    return true;
  };
  // "Harwick's lock Ben Sutter": the name after a possessive name and a role.
  if (runs.size() > 1 && runs[0].first == 0 && runs[0].last == 0 && tokens_[0].possessive) {
    const NameRun& run = runs[1];
    const bool role = run.first < run.last && run.first >= 2 && run.first <= 4 && plain_words(1, run.first, false);
    return role && person_like(run) ? &run : nullptr;
  }
  // "Born in Cork in 1921, Mary O'Brien trained as a nurse": the name
  // after an opening participle's comma.
  if (tokens_[0].word && (tokens_[0].info.form == VerbForm::past || tokens_[0].info.form == VerbForm::gerund) &&
      !is_auxiliary(tokens_[0])) {
    std::size_t comma = 1;
    while (comma < tokens_.size() && comma < 12 && tokens_[comma].text != ",") ++comma;
    for (const NameRun& run : runs) {
      if (run.first != comma + 1) continue;
      const bool verb_next = run.last + 1 < tokens_.size() && tokens_[run.last + 1].word &&
                             !tokens_[run.last + 1].capitalised &&
                             (is_auxiliary(tokens_[run.last + 1]) || tokens_[run.last + 1].info.form == VerbForm::past ||
                              tokens_[run.last + 1].info.form == VerbForm::third_person);
      if (run.last > run.first && verb_next && person_like(run)) return &run;
    }
  }
  const NameRun& run = runs[0];
  if (run.first == run.last) return nullptr;
  // "Its chief executive, Ingrid Sollner, apologised": the name in apposition
  // to the subject (not "His father, John Penhale,": a relative).
  if (run.first >= 3 && run.first <= 5 && run.last + 1 < tokens_.size() && tokens_[run.last + 1].text == "," &&
      tokens_[run.first - 1].text == "," &&
      (is_determiner(tokens_[0]) || is_personal_possessive(tokens_[0].lower))) {
    return plain_words(1, run.first - 1, true) && person_like(run) && !named_as_relative(run) ? &run : nullptr;
  }
  // A name of two words or more after a title at most: "Chief executive Piet
  // Hollander said". Not after a word that opens a frame: "After World War
  // II, he became" is about "he".
  constexpr std::uint32_t kOpeners = english::k_is_preposition | english::k_opens_frame |
                                     english::k_opens_concession | english::k_is_determiner |
                                     english::k_is_discourse_marker | english::k_is_adverb_of_degree_or_time;
  for (std::size_t k = 0; k < run.first; ++k) {
    const Token& t = tokens_[k];
    if (!((t.word && t.capitalised) || t.text == "." || (t.word && is_title(t)))) return nullptr;
    if (t.word && (t.info.classes & kOpeners) != 0 && !is_title(t)) return nullptr;
  }
  return person_like(run) ? &run : nullptr;
}

const Entity* SentenceDecomposer::topic_person() const {
  if (resolved_person_) return &*resolved_person_;
  const SentenceMemory* before =
      nearest_recent(3, [](const SentenceMemory& m) { return m.person || m.opening_name; });
  if (before == nullptr) return nullptr;
  if (before->person) return &*before->person;
  if (!before->opening_name->organisation && before->number + 1 == state_.sentence_number) return &*before->opening_name;
  return nullptr;
}

const Entity* SentenceDecomposer::person_before(char gender) const {
  // The nearest of the last three sentences that shows a person: a
  // sentence about something else ("Their work showed ...") may stand
  // between.
  const SentenceMemory* before =
      nearest_recent(3, [](const SentenceMemory& m) { return m.person || m.opening_name; });
  if (before == nullptr) return nullptr;
  if (before->person) return gender_agrees(before->person_gender, gender) ? &*before->person : nullptr;
  if (before->opening_name && !before->opening_name->organisation && before->number + 1 == state_.sentence_number) {
    return &*before->opening_name;
  }
  return nullptr;
}

bool SentenceDecomposer::names_year(const Phrase& phrase) const {
  return std::any_of(phrase.begin(), phrase.end(), [&](const Slot& slot) {
    return slot.token >= 0 && tok(slot.token).text.size() == 4 && all_digits(tok(slot.token).text);
  });
}

void SentenceDecomposer::replace_dated_frame(Phrase& frame) const {
  // "In 1968 she joined ..., and in 1989 she became ...": the clause's own
  // year replaces the sentence's, it does not add to it.
  if (names_year(frame)) frame.clear();
}

bool SentenceDecomposer::dates_past_event(const Indices& idx, std::size_t from, std::size_t to) const {
  // A weekday or month is capitalised; "last", "ago", "earlier" and
  // "yesterday" are past whatever their case.
  for (std::size_t j = from; j < to && j < idx.size(); ++j) {
    const Token& t = tok(idx[j]);
    if (!t.word) continue;
    if (is_year(t.text)) return true;
    if (t.lower == "yesterday" || t.lower == "ago" || t.lower == "last" || t.lower == "earlier") return true;
    if (t.capitalised && (t.info.kinds & english::k_weekday_or_month) != 0) return true;
  }
  return false;
}

Decomposer::State::KnownPerson* SentenceDecomposer::person_with_surname(std::string_view surname) {
  // The one person given the surname, unless the document has not
  // mentioned them for long (a long report may move on to someone else of
  // that name without introducing them).
  const auto found = state_.people.find(surname);
  if (found == state_.people.end()) return nullptr;
  Decomposer::State::KnownPerson* person = nullptr;
  std::size_t recent = 0;
  for (Decomposer::State::KnownPerson& candidate : found->second) {
    if (candidate.last_seen + kSurnameMemorySentences < state_.sentence_number) continue;
    person = &candidate;
    ++recent;
  }
  if (recent > 1) {
    // "His father, John Penhale, was a blacksmith ... Penhale was
    // apprenticed": of several people with the surname, the one the text
    // is about at this point, if it is one of them.
    const Entity* topic = topic_person();
    person = nullptr;
    for (Decomposer::State::KnownPerson& candidate : found->second) {
      if (topic != nullptr && candidate.name.text == topic->text &&
          candidate.last_seen + kSurnameMemorySentences >= state_.sentence_number) {
        person = &candidate;
      }
    }
  }
  return person;
}

// A name token's text without its possessive ending: "Pell's" -> "Pell",
// "Harwick Rovers'" -> "Harwick Rovers".
std::string_view without_possessive(const Token& t) {
  std::string_view text = t.text;
  if (t.possessive) {
    text.remove_suffix(text.ends_with("'s") ? 2 : text.ends_with("\xE2\x80\x99s") ? 4 : text.ends_with("'") ? 1 : 0);
  }
  return text;
}

bool SentenceDecomposer::stands_alone_as_name(std::size_t i) const {
  const Token& t = tokens_[i];
  // Part of a longer name ("Tolland Freight", "Anna Tolland", "Gómez y
  // Rivera", "M. F. Khan", "New Castle") or a modifier ("the Tolland
  // family"); "Mr Tolland" and "President Tolland" are the person.
  if (i + 1 < tokens_.size() && tokens_[i + 1].word && tokens_[i + 1].capitalised) return false;
  // "Sixx:A.M.", "Moss-Bauer": written together with what follows.
  if (i + 1 < tokens_.size() && tokens_[i + 1].begin == t.end &&
      (tokens_[i + 1].text == ":" || tokens_[i + 1].text == "-" || tokens_[i + 1].text == "/")) {
    return false;
  }
  // A place after "in", "from", "to" ("from Washington"); a word after an
  // article, a name particle or another capital.
  if (i > 0) {
    const Token& before = tokens_[i - 1];
    if (before.text == "." || has_kind(before, k_place_preposition)) return false;
    if (before.word && ((before.capitalised && (before.info.kinds & english::k_honorific) == 0) || is_determiner(before) ||
                        has_kind(before, k_name_particle))) {
      return false;
    }
  }
  // A sentence's first word may be capitalised only for being first
  // ("Long queues formed"): a verb or possessive must show it is a name.
  if (i == 0 && !t.possessive &&
      (i + 1 >= tokens_.size() || (!is_auxiliary(tokens_[i + 1]) && verb_form(tokens_[i + 1]) == VerbForm::none &&
                                   tokens_[i + 1].text != ","))) {
    return false;
  }
  // Quoted words stay as they were said.
  bool quoted = false;
  for (std::size_t k = 0; k < i; ++k) quoted = quoted_after(quoted, tokens_[k].text);
  return !quoted;
}

bool SentenceDecomposer::written_bare(const NameRun& run) const {
  if (run.first == 0) return true;
  const Token& before = tokens_[run.first - 1];
  if (!before.word) return true;
  if (before.possessive || is_determiner(before)) return false;
  return is_preposition(before) || is_auxiliary(before) || before.info.form != VerbForm::none ||
         before.lower == "and" || before.lower == "or" || before.lower == "but" || before.lower == "that";
}

void SentenceDecomposer::register_short_name(const NameRun& run) {
  const Token& first = tokens_[run.first];
  if (!first.word || !first.capitalised || first.possessive || first.info.classes != 0 || first.lower.size() < 3) return;
  // A word used alone as a name is a name of its own: it stands for no
  // longer name that opens with it later.
  if (run.first == run.last) {
    if (!state_.short_names.contains(first.text)) state_.short_names.emplace(std::string(first.text), std::vector<Entity>{});
    return;
  }
  // (A word already taken stays taken, whatever this name is.)
  if (const auto taken = state_.short_names.find(first.text);
      taken != state_.short_names.end() && taken->second.empty()) {
    return;
  }
  // People are found by their surnames instead ("Graham Pell" ... "Pell").
  if (run.person || person_evidence(run) || english::is_country_name(first.lower) ||
      (first.info.kinds & (english::k_honorific | english::k_title_opening_names)) != 0) {
    return;
  }
  for (std::size_t k = run.first; k <= run.last; ++k) {
    if (!tokens_[k].word || !tokens_[k].capitalised) return;  // "Bank of England": not by "Bank"
  }
  const std::string key(first.text);
  // Only a firm's, club's or party's name ("Redcliffe Capital", "Harwick
  // Rovers"): a person's first name ("Vladimir Putin") or a place's first
  // word ("Saltmarsh Canal") alone means something else as often. Nor one
  // that opens with a people's adjective ("British Airways"): "British"
  // alone is no airline. Such a name still makes its first word ambiguous
  // ("Harwick Council" and "Harwick Rovers").
  bool organisation = ends_organisation_name(tokens_[run.last].lower);
  for (const std::string_view ending : {"ish", "ese", "ian", "an", "ic", "ch", "i"}) {
    organisation = organisation && !first.lower.ends_with(ending);
  }
  if (!organisation) {
    auto taken = state_.short_names.find(key);
    if (taken == state_.short_names.end()) {
      state_.short_names.emplace(key, std::vector<Entity>{});
    } else {
      taken->second.clear();
    }
    return;
  }
  auto found = state_.short_names.find(key);
  if (found == state_.short_names.end()) {
    found = state_.short_names.emplace(key, std::vector<Entity>{}).first;
    found->second.push_back(entity_of(run));
    state_.short_name_bytes |= std::uint64_t{1} << (static_cast<unsigned char>(key.front()) & 63);
    return;
  }
  std::vector<Entity>& names = found->second;
  if (names.empty()) return;  // taken
  Entity entity = entity_of(run);
  if (names.front() == entity) return;
  names.clear();  // two names open with the word: it stands for neither
}

void SentenceDecomposer::expand_short_names(Phrase& phrase) {
  if (state_.short_name_bytes == 0) return;
  for (Slot& slot : phrase) {
    if (slot.token < 0) continue;
    const std::size_t i = static_cast<std::size_t>(slot.token);
    const Token& t = tokens_[i];
    if (!t.word || !t.capitalised) continue;
    if ((state_.short_name_bytes >> (static_cast<unsigned char>(t.text.front()) & 63) & 1) == 0) continue;
    const std::string_view word = without_possessive(t);
    const auto found = state_.short_names.find(word);
    if (found == state_.short_names.end() || found->second.size() != 1) continue;
    const Entity& name = found->second.front();
    if (name.text == word || !stands_alone_as_name(i)) continue;
    // A modifier of the noun after it: "Soviet satellites", "Harwick fans".
    if (i + 1 < tokens_.size() && !t.possessive && tokens_[i + 1].word && tokens_[i + 1].info.classes == 0 &&
        tokens_[i + 1].info.form == VerbForm::none && tokens_[i + 1].lower != "and" && tokens_[i + 1].lower != "or") {
      continue;
    }
    // A place after a preposition ("through Riverton", "near Harwick");
    // a firm or club is met with, played against, bought by or paid for.
    if (i > 0 && tokens_[i - 1].word &&
        ((is_preposition(tokens_[i - 1]) && tokens_[i - 1].lower != "with" && tokens_[i - 1].lower != "against" &&
          tokens_[i - 1].lower != "by" && tokens_[i - 1].lower != "for") ||
         tokens_[i - 1].lower == "of")) {
      continue;
    }
    Slot full = added_.slot(name.text, name.spans);
    full.possessive = t.possessive || slot.possessive;
    full.attach_left = slot.attach_left;
    slot = full;
  }
}

void SentenceDecomposer::expand_surnames(Phrase& phrase) {
  if (state_.people.empty()) return;
  for (Slot& slot : phrase) {
    if (slot.token < 0) continue;
    const std::size_t i = static_cast<std::size_t>(slot.token);
    const Token& t = tokens_[i];
    if (!t.word || !t.capitalised) continue;
    Decomposer::State::KnownPerson* person = person_with_surname(without_possessive(t));
    if (person == nullptr || !stands_alone_as_name(i)) continue;
    // An item of a list of titles ("Eagle vs Shark, Boy, Hunt for ...").
    if (i > 1 && i + 1 < tokens_.size() && tokens_[i - 1].text == "," && tokens_[i - 2].capitalised &&
        (tokens_[i + 1].text == "," || tokens_[i + 1].lower == "and")) {
      continue;
    }
    person->last_seen = state_.sentence_number;
    // "Okafor was elected in 2019. She was born in Lagos": a sentence that
    // opens with the surname (after a title at most) is about the person,
    // as one that opens with the full name is.
    bool opens = true;
    for (std::size_t k = 0; k < i && opens; ++k) {
      opens = tokens_[k].text == "." || (tokens_[k].word && (tokens_[k].info.kinds & english::k_honorific) != 0);
    }
    if (opens && !opening_person_) opening_person_ = person->name;
    Slot full = added_.slot(person->name.text, person->name.spans);
    full.possessive = t.possessive || slot.possessive;  // "Pryce, whose family": the slot's own
    full.attach_left = slot.attach_left;
    slot = full;
  }
}

void SentenceDecomposer::resolve_references(Phrase& phrase, bool subject_plural,
                                             std::vector<std::string>& ambiguous) {
  auto note = [&](const std::string& words) {
    if (std::find(ambiguous.begin(), ambiguous.end(), words) == ambiguous.end()) ambiguous.push_back(words);
  };
  for (std::size_t k = 0; k < phrase.size(); ++k) {
    if (phrase[k].token < 0) continue;
    const std::string_view w = tok(phrase[k].token).lower;
    // "both countries" / "the two leaders" inside a phrase.
    std::size_t length = 0;
    bool people = false;
    auto word_at = [&](std::size_t j) -> std::string_view {
      return j < phrase.size() && phrase[j].token >= 0 ? tok(phrase[j].token).lower : std::string_view();
    };
    // "on the canal" after "the Saltmarsh Canal": the one name the document
    // gave so far that ends in that noun. Only nouns that name one place or
    // institution: "the world" is not "the Third World", nor "the war" "the
    // Cold War".
    if (w == "the" && k + 1 < phrase.size() && phrase[k + 1].token >= 0) {
      const Token& noun = tok(phrase[k + 1].token);
      // The noun ends the phrase, or a preposition, verb or conjunction
      // follows: "the school they want" and "the river of our childhood"
      // restrict the noun to something else.
      bool ends = k + 2 == phrase.size() || phrase[k + 2].token < 0 || !tok(phrase[k + 2].token).word;
      if (!ends) {
        const Token& next = tok(phrase[k + 2].token);
        ends = (is_preposition(next) && next.lower != "of" && next.lower != "that") || is_auxiliary(next) ||
               (next.info.form != VerbForm::none && next.info.form != VerbForm::gerund) || next.lower == "and" ||
               next.lower == "or" || next.lower == "but";
      }
      const auto found = noun.word && !noun.capitalised && ends && has_kind(noun, k_institution_noun)
                             ? state_.named.find(noun.lower)
                             : state_.named.end();
      if (found != state_.named.end() && found->second.size() == 1) {
        const Entity& name = found->second.front();
        const bool possessive = noun.possessive;
        phrase[k + 1] = added_.slot(name.text, name.spans);
        phrase[k + 1].possessive = possessive;
        ++k;
        continue;
      }
    }
    // "in December of that year" after a sentence about one year: that year.
    if (w == "that" && word_at(k + 1) == "year" && k > 0 && phrase[k - 1].token >= 0 &&
        is_preposition(tok(phrase[k - 1].token)) && !state_.recent.empty() &&
        state_.recent.back().number + 1 == state_.sentence_number && state_.recent.back().year) {
      const Added& year = *state_.recent.back().year;
      phrase.erase(phrase.begin() + static_cast<std::ptrdiff_t>(k), phrase.begin() + static_cast<std::ptrdiff_t>(k + 2));
      phrase.insert(phrase.begin() + static_cast<std::ptrdiff_t>(k), added_.slot(year.text, year.spans));
      continue;
    }
    if (w == "both" && has_kind(word_at(k + 1), WordKind(k_pair_group_noun | k_pair_person_noun))) {
      length = 2;
      people = has_kind(word_at(k + 1), k_pair_person_noun);
    } else if (w == "the" && word_at(k + 1) == "two" &&
               has_kind(word_at(k + 2), WordKind(k_pair_group_noun | k_pair_person_noun))) {
      length = 3;
      people = has_kind(word_at(k + 2), k_pair_person_noun);
    }
    const bool possessive = length > 0 && phrase[k + length - 1].token >= 0 &&
                            tok(phrase[k + length - 1].token).possessive;
    if (length == 0 && w == "their" && !subject_plural) length = 1;
    if (length == 0) continue;
    bool unclear = false;
    const SentenceMemory* where = nullptr;
    const std::string_view head_noun = length > 1 && phrase[k + length - 1].token >= 0
                                           ? tok(phrase[k + length - 1].token).lower
                                           : std::string_view();
    const PairKind kind = people || head_noun.empty() ? PairKind::any
                          : has_kind(head_noun, k_organisation_group_noun) ? PairKind::organisations
                                                                      : PairKind::not_organisations;
    const Pair* found = nearest_pair(people, unclear, &where, kind);
    if (!found && w == "their") found = nearest_pair(true, unclear, &where);
    if (!found) {
      std::string words;
      for (std::size_t j = k; j < k + length; ++j) {
        if (!words.empty()) words += ' ';
        words += tok(phrase[j].token).lower;
      }
      note(words);
      k += length - 1;
      continue;
    }
    Phrase replaced = pair_phrase(*found, added_);
    replaced.back().possessive = w == "their" || possessive;
    phrase.erase(phrase.begin() + static_cast<std::ptrdiff_t>(k),
                 phrase.begin() + static_cast<std::ptrdiff_t>(k + length));
    phrase.insert(phrase.begin() + static_cast<std::ptrdiff_t>(k), replaced.begin(), replaced.end());
    k += replaced.size() - 1;
  }
}

// Records the entities and pairs this sentence names, for later references.
std::vector<NameRun> SentenceDecomposer::name_runs() const {
  std::vector<NameRun> runs;
  // The sentence's first word, after any opening quotation mark or
  // bracket: '"So I think even he has learned' opens with "So" as much as
  // a sentence without the mark does.
  std::size_t opening = 0;
  while (opening < tokens_.size() && !tokens_[opening].word) ++opening;
  for (std::size_t i = 0; i < tokens_.size(); ++i) {
    const Token& t = tokens_[i];
    if (!t.word || !t.capitalised) continue;
    // "Mark Ellery refused", "Will Hartley, the coach,": a first name that
    // is also a verb, when a capitalised word and then a verb or a comma
    // follow.
    const bool given_name = i == 0 && tokens_.size() > 2 && tokens_[1].word && tokens_[1].capitalised &&
                            !tokens_[0].possessive && verb_form(tokens_[1]) == VerbForm::none &&
                            (tokens_[2].text == "," || is_auxiliary(tokens_[2]) ||
                             verb_form(tokens_[2]) == VerbForm::past || verb_form(tokens_[2]) == VerbForm::third_person);
    if (i == opening && (is_determiner(t) || is_discourse_marker(t) || opens_frame(t) || is_auxiliary(t) ||
                   is_preposition(t) || is_pronoun(t) || opens_concession(t) ||
                   (verb_form(t) != VerbForm::none && !given_name) || t.lower == "both")) {
      continue;
    }
    // '"What I want ...' after a quotation mark: no name.
    if ((t.info.kinds & k_interrogative) != 0) continue;
    // "Customers of Halvard Bank were told": a plural capitalised only for
    // opening the sentence is no part of the name after its "of".
    if (i == opening && i + 1 < tokens_.size() && tokens_[i + 1].lower == "of" && reads_as_plural(t.lower) &&
        !state_.capitalised_inside.contains(t.lower)) {
      continue;
    }
    std::size_t j = i;
    while (j + 1 < tokens_.size() && tokens_[j + 1].word && !tokens_[j].possessive &&
           (tokens_[j + 1].capitalised ||
            (tokens_[j + 1].lower == "of" && j + 2 < tokens_.size() && tokens_[j + 2].capitalised))) {
      ++j;
    }
    bool person = false;
    std::size_t first = i;
    while (first < j && is_title(tokens_[first])) {
      person = true;
      ++first;
    }
    if (i > 0 && tokens_[i - 1].word && is_title(tokens_[i - 1])) person = true;
    if (i > 0 && tokens_[i - 1].word && tokens_[i - 1].lower.find('-') != std::string::npos &&
        is_title(tokens_[i - 1].lower.substr(0, tokens_[i - 1].lower.find('-')))) {
      person = true;  // "then-President"
    }
    if (!is_title(tokens_[first])) runs.push_back(NameRun{first, j, person});
    i = j;
  }
  return runs;
}

// Descriptions get their article where they are used, so only a pair's
// names keep theirs (`with_article`).
Entity SentenceDecomposer::entity_of(const NameRun& run, bool with_article) const {
  Entity entity;
  Phrase phrase;
  phrase.reserve(run.last - run.first + 2);
  const bool article = with_article && !run.person && run.first > 0 && tokens_[run.first - 1].lower == "the";
  for (std::size_t k = article ? run.first - 1 : run.first; k <= run.last; ++k) {
    Slot slot;
    slot.token = static_cast<int>(k);
    phrase.push_back(slot);
  }
  // Without the possessive: "North Korea's" names "North Korea".
  std::string text = render(phrase);
  const Token& last = tokens_[run.last];
  std::vector<Span> spans = spans_of(phrase);
  if (last.possessive) {
    const std::size_t suffix = last.text.size() - (last.text.ends_with("'s") ? 2 : last.text.ends_with("'") ? 0 : 4);
    if (suffix < last.text.size()) {
      const std::size_t cut = last.text.size() - suffix;
      text.resize(text.size() - cut);
      if (!spans.empty()) spans.back().end -= cut;
    }
  }
  entity.text = std::move(text);
  entity.spans = std::move(spans);
  entity.person = run.person;
  entity.organisation = !run.person && ends_organisation_name(tokens_[run.last].lower);
  return entity;
}

bool SentenceDecomposer::person_like(const NameRun& run) const {
  if (ends_organisation_name(tokens_[run.last].lower)) return false;
  // "the Ashcombe Courier", "the Mary Rose": a name with an article is a
  // thing's.
  if (run.first > 0 && tokens_[run.first - 1].lower == "the") return false;
  for (std::size_t k = run.first; k <= run.last; ++k) {
    if (english::names_no_person(tokens_[k].lower)) return false;
  }
  return true;
}

// A name written as a person's usually is: capitalised words that are no
// function words, the last no verb (not "What I", "When Will", "Focus
// Plays").
bool SentenceDecomposer::plain_name(const NameRun& run) const {
  if (tokens_[run.last].info.form != VerbForm::none) return false;
  for (std::size_t k = run.first; k <= run.last; ++k) {
    if (!tokens_[k].word || !tokens_[k].capitalised || tokens_[k].info.classes != 0 || tokens_[k].lower.size() < 2) {
      return false;
    }
  }
  return person_like(run);  // last: it looks words up
}

bool SentenceDecomposer::person_evidence(const NameRun& run) const {
  // A title proper ("Senator", "Dr", "Prime Minister"), not a word that
  // also opens a place's or firm's name ("New South Wales", "General
  // Motors", "St Anne's").
  if (run.person && run.first > 0 && (tokens_[run.first - 1].info.kinds & english::k_title_opening_names) == 0) {
    return true;
  }
  const std::size_t after = run.last + 1;
  // "Egon Krenz (born 15 March 1937)", "Frederick Taylor (1856–1915)"; a
  // single word with years is as often a work ("Parenthood (2010-2015)").
  if (after + 1 < tokens_.size() && tokens_[after].text == "(" &&
      (tokens_[after + 1].lower == "born" ||
       (run.first < run.last && is_ascii_digit(static_cast<unsigned char>(tokens_[after + 1].text.front()))))) {
    return true;
  }
  if (!tokens_[run.last].possessive && after + 1 < tokens_.size() && tokens_[after].text == ",") {
    const std::string_view next = tokens_[after + 1].lower;
    if (next == "who" || next == "whose" || next == "aged") return true;
    if (next.size() <= 3 && all_digits(next) && after + 2 < tokens_.size() && tokens_[after + 2].text == ",") return true;
    // "Okafor, a former head teacher", "Varga, the firm's founder".
    if (next == "a" || next == "an" || next == "the") {
      for (std::size_t k = after + 2; k < tokens_.size() && k < after + 8; ++k) {
        const Token& t = tokens_[k];
        if (!t.word || t.lower == "who" || t.lower == "of") break;
        if (!t.capitalised && (english::is_person_role(t.lower) || is_title(t))) return true;
        // "Luka Brennan, a 20-year-old wing": an age.
        if (t.lower.ends_with("-year-old")) return true;
      }
    }
  }
  // A role before the name shows a full name only: "her brother John"
  // names a first name as often as a surname.
  if (run.first > 0 && run.first < run.last) {
    std::size_t before = run.first - 1;
    if (tokens_[before].text == "," && before > 0) --before;
    return tokens_[before].word && !tokens_[before].capitalised && english::is_person_role(tokens_[before].lower);
  }
  return false;
}

bool can_own_its(const Entity& entity) {
  if (entity.person || (entity.kinds & k_titled_person) != 0) return false;
  if (entity.organisation || (entity.kinds & (k_country | k_party | k_place)) != 0) return true;
  // A name: a capital after the first word ("the company" is none).
  const std::size_t space = entity.text.find(' ');
  if (space == std::string::npos || std::none_of(entity.text.begin() + static_cast<std::ptrdiff_t>(space),
                                                 entity.text.end(), [](char c) { return is_ascii_upper(static_cast<unsigned char>(c)); })) {
    return false;
  }
  std::string lower;
  for (std::size_t start = 0; start < entity.text.size();) {
    std::size_t end = entity.text.find(' ', start);
    if (end == std::string::npos) end = entity.text.size();
    lower.assign(entity.text, start, end - start);
    for (char& c : lower) c = ascii_lower(c);
    if ((word_info(lower).kinds & kNamedThingHead) != 0) return true;
    start = end + 1;
  }
  return false;
}

// A "her" later in the sentence is no proof ("Because NAFTA, signed by her
// husband"), and a place's or firm's last word ("Northern Ireland", "Air
// France") names something else when it stands alone: the evidence must
// stand next to the name.
bool SentenceDecomposer::shown_as_person(const NameRun& run) const {
  return run.first != run.last && plain_name(run) && person_evidence(run);
}

void SentenceDecomposer::remember_person(Entity entity) {
  const std::string_view full = entity.text;
  if (full.find(' ') == std::string_view::npos) return;
  const std::string_view surname = full.substr(full.rfind(' ') + 1);
  // "And I said ...": a sentence may open with capitalised words that are
  // no name; a pronoun, article, preposition or conjunction rules it out.
  if (surname.size() < 2) return;
  std::string lower;
  for (std::size_t start = 0; start < full.size();) {
    std::size_t end = full.find(' ', start);
    if (end == std::string_view::npos) end = full.size();
    lower.assign(full.substr(start, end - start));
    for (char& c : lower) c = ascii_lower(c);
    constexpr std::uint32_t kFunctionWord =
        k_is_auxiliary | k_is_determiner | k_is_preposition | k_is_pronoun | k_is_discourse_marker;
    const WordInfo info = word_info(lower);
    if ((info.classes & kFunctionWord) != 0 || info.cardinal || lower == "and" || lower == "or" || lower == "but") return;
    start = end + 1;
  }
  std::vector<Decomposer::State::KnownPerson>& known = state_.people[std::string(surname)];
  const auto same = std::find_if(known.begin(), known.end(),
                                 [&](const Decomposer::State::KnownPerson& p) { return p.name == entity; });
  if (same != known.end()) {
    same->last_seen = state_.sentence_number;
  } else {
    known.push_back(Decomposer::State::KnownPerson{std::move(entity), state_.sentence_number});
  }
}

void SentenceDecomposer::register_people(const std::vector<NameRun>& runs) {
  // Every full name is a candidate: a name shown to be a person's only
  // when its surname comes back alone ("Grace Okafor was elected ...
  // Okafor, a former head teacher, won") counts from then on.
  for (const NameRun& run : runs) {
    std::optional<Entity> named;
    if (run.first != run.last && plain_name(run)) {
      // Names come back often: compare the words before building an entity.
      std::string& words = state_.name_buffer;
      words.clear();
      // "Graham Pell's 17 years": a possessive name is the name too, by
      // its surname without the suffix.
      const std::string_view surname = without_possessive(tokens_[run.last]);
      for (std::size_t k = run.first; k <= run.last; ++k) {
        if (k > run.first) words += ' ';
        words += k == run.last ? surname : tokens_[k].text;
      }
      auto found = state_.full_names.find(surname);
      if (found == state_.full_names.end()) found = state_.full_names.emplace(std::string(surname), std::vector<Entity>{}).first;
      std::vector<Entity>& candidates = found->second;
      const bool known = std::any_of(candidates.begin(), candidates.end(), [&](const Entity& e) { return e.text == words; });
      const bool evidence = person_evidence(run);
      if (!known || evidence) {
        Entity entity = entity_of(run);
        if (std::find(candidates.begin(), candidates.end(), entity) == candidates.end()) candidates.push_back(entity);
        if (evidence) named = std::move(entity);
      }
    } else if (run.first == run.last && !run.person && plain_name(run) && person_evidence(run)) {
      // Not "Governor Clinton": a title comes with a surname the document
      // may never have given in full, and the full name it did give may be
      // a relative's.
      const auto found = state_.full_names.find(tokens_[run.first].text.substr(0, tokens_[run.first].possessive ? 0 : std::string_view::npos));
      if (found != state_.full_names.end() && found->second.size() == 1) named = found->second.front();
    }
    if (named) remember_person(std::move(*named));
  }
}

void SentenceDecomposer::remember() {
  SentenceMemory memory;
  memory.number = state_.sentence_number;
  if (!sentence_frame_.empty()) memory.frame = Added{render(sentence_frame_), spans_of(sentence_frame_)};
  const std::vector<NameRun>& runs = runs_;
  // A name ending in a common noun describes what a later "the bridge" or
  // "the council" refers to: "Old Mill Bridge", "UN Security Council".
  for (std::size_t r = 0; r < runs.size(); ++r) {
    NameRun run = runs[r];
    // "the Harbour and Transport Workers' Union": an organisation's name
    // may hold "and", "of" and a plural possessive, which end a run.
    if (!run.person && has_kind(tokens_[run.last], k_organisation_head)) run.first = organisation_name_start(run);
    // "the University of Wendham", "the Bank of Marvonia": a body named by
    // its kind and a place is what a later "the university" means.
    for (std::size_t of = run.first + 1; !run.person && of < run.last; ++of) {
      if (tokens_[of].lower != "of") continue;
      const Token& kind = tokens_[of - 1];
      if (!kind.possessive && kind.info.classes == 0 && (kind.info.kinds & kNamedThingHead) != 0) {
        Entity entity = entity_of(run);
        std::vector<Entity>& names = state_.named[std::string(kind.lower)];
        if (std::find(names.begin(), names.end(), entity) == names.end()) names.push_back(entity);
        entity.bare_name = written_bare(run);
        std::vector<Entity>& known = described(kind.lower);
        if (std::find(known.begin(), known.end(), entity) == known.end()) known.push_back(std::move(entity));
      }
      break;
    }
    register_short_name(run);
    if (run.person || run.last == run.first) continue;
    const Token& last = tokens_[run.last];
    if (last.info.classes != 0 || last.lower.size() < 3) continue;
    std::vector<Entity>& known = described(last.lower);
    Entity entity = entity_of(run);
    std::vector<Entity>& names = state_.named[std::string(last.lower)];
    if (std::find(names.begin(), names.end(), entity) == names.end()) names.push_back(entity);
    // "West Point", "the Third World", "the Cold War": a name may end in a
    // noun that a later "the point" uses for anything at all.
    entity.referable = (last.info.kinds & kNamedThingHead) != 0;
    entity.bare_name = written_bare(run);
    if (std::find(known.begin(), known.end(), entity) == known.end()) known.push_back(std::move(entity));
  }
  // The year, for "Since then," in the next sentence.
  {
    int found = -1;
    bool several = false;
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
      // A year; a decade ("the 1980s") makes the time unclear.
      const std::string_view w = tokens_[i].text;
      const bool century = !w.empty() && (w[0] == '1' || w[0] == '2');
      if (century && w.size() == 5 && w[4] == 's' && all_digits(w.substr(0, 4))) several = true;
      if (!century || w.size() != 4 || !all_digits(w)) continue;
      if (found >= 0 && tokens_[static_cast<std::size_t>(found)].text != w) several = true;
      found = static_cast<int>(i);
    }
    if (found >= 0 && !several) {
      Phrase phrase;
      Slot slot;
      slot.token = found;
      phrase.push_back(slot);
      memory.year = Added{render(phrase), spans_of(phrase)};
    }
  }
  // The person, for a '"...," she said' or a "She" in the next sentence.
  {
    const NameRun* only = nullptr;
    std::size_t names = 0;
    for (const NameRun& run : runs) {
      if (run.first == run.last) continue;  // a single capitalised word may be anything
      ++names;
      only = &run;
    }
    if (const NameRun* opening = opening_subject(runs)) memory.opening_name = entity_of(*opening);
    if (resolved_person_ && !memory.opening_name) {
      // "She was born in Los Angeles and began her career": the sentence is
      // about the person "She" stood for, whatever names it mentions.
      memory.person = resolved_person_;
      memory.person_gender = resolved_gender_;
    } else if (names == 1 && plain_name(*only) && !named_as_relative(*only) &&
               !(only->first > 0 && (has_kind(tokens_[only->first - 1], k_place_preposition) ||
                                     (tokens_[only->first - 1].info.classes & (k_opens_frame | k_is_preposition)) != 0))) {
      // Not a name in a place: "Born in Los Angeles, she began her career";
      // nor in a frame or after any other preposition: "After World War
      // II, he became ...", "After the outbreak of World War II, Harrer".
      // Plain capitalised words only: "Casali created Love Is... as love
      // notes to her future husband" is about Casali, not "Love Is".
      char gender = only->person ? '?' : 0;
      for (std::size_t k = only->last + 1; k < tokens_.size() && gender == 0; ++k) gender = pronoun_gender(tokens_[k].lower);
      if (gender != 0) {
        memory.person = entity_of(*only);
        memory.person_gender = gender;
      }
    }
    if (!memory.person && !memory.opening_name && opening_person_) {
      // "Varga was born in 1937": the sentence is about the person whose
      // surname opens it. Of the gender the text showed before, the person
      // stays for a few sentences; of unknown gender, only for the next one,
      // as a full name opening a sentence does.
      for (auto before = state_.recent.rbegin(); before != state_.recent.rend(); ++before) {
        if (before->person && before->person->text == opening_person_->text && before->person_gender != '?') {
          memory.person = opening_person_;
          memory.person_gender = before->person_gender;
          break;
        }
      }
      if (!memory.person) memory.opening_name = opening_person_;
    }
    if (!memory.person && !memory.opening_name) {
      // "Head teacher Priya Anand, who joined from Fenwick Grammar School,
      // said ...": of several names, the one shown to be a person's (not
      // when the sentence opens with a name: "Robert Louis Stevenson was
      // born to Thomas Stevenson, an engineer" is about its first name).
      const NameRun* shown = nullptr;
      std::size_t people = 0;
      for (const NameRun& run : runs) {
        if (!shown_as_person(run)) continue;
        // "His father was Thomas Stevenson, an engineer": a relative of
        // someone else the sentence is about.
        bool owned = false;
        for (std::size_t k = 0; k < run.first && !owned; ++k) owned = pronoun_gender(tokens_[k].lower) != 0;
        if (owned) continue;
        shown = &run;
        ++people;
      }
      // Only with a "she" or "he" after it: a person of unknown gender
      // would take any later pronoun ("She will be sworn in" is not about
      // the defeated mayor).
      char gender = 0;
      for (std::size_t k = people == 1 ? shown->last + 1 : tokens_.size(); k < tokens_.size() && gender == 0; ++k) {
        gender = pronoun_gender(tokens_[k].lower);
      }
      if (gender != 0) {
        memory.person = entity_of(*shown);
        memory.person_gender = gender;
      } else if (people == 1 && shown->person) {
        // "The trial was led by Dr Priya Hallam, ... '...,' she said": the
        // one titled person of a sentence is who a pronoun in the next one
        // may stand for, as a name opening it is.
        memory.opening_name = entity_of(*shown);
      }
    }
    const SentenceMemory* last_person =
        memory.person || memory.opening_name
            ? nullptr
            : nearest_recent(3, [](const SentenceMemory& m) { return m.person || m.opening_name; });
    // A sentence that opened with someone else's name since ("Egon Krenz
    // (born 1937) is ...") ends the earlier person's run, unless it is the
    // sentence just before and this one goes on about that person: "William
    // Penhale was born in Saltby. His father, John Penhale, was a blacksmith"
    // is still about William Penhale.
    const Entity* before_person = nullptr;
    char before_gender = '?';
    if (last_person != nullptr && last_person->person) {
      before_person = &*last_person->person;
      before_gender = last_person->person_gender;
    } else if (last_person != nullptr && last_person->number + 1 == state_.sentence_number &&
               !last_person->opening_name->organisation) {
      before_person = &*last_person->opening_name;
    }
    if (before_person != nullptr) {
      // "She and her brother lived with ...": a sentence that names no one
      // but goes on about her keeps her as the person (a sentence or two
      // about something else may stand between).
      for (const Token& t : tokens_) {
        const char gender = pronoun_gender(t.lower);
        if (gender == 0) continue;
        if (gender_agrees(before_gender, gender)) {
          memory.person = *before_person;
          memory.person_gender = gender;
        }
        break;
      }
      // "Varga was born in ...": the person's surname alone keeps them too.
      const std::string_view full = before_person->text;
      const std::string_view surname = full.substr(full.rfind(' ') == std::string_view::npos ? 0 : full.rfind(' ') + 1);
      // Of unknown gender, only for the next sentence.
      // Not a name coordinated with another ("Both Ji Sung and Lee Bo-young
      // are known ..."): that sentence is about both.
      const auto coordinated = [&](std::size_t i) {
        std::size_t start = i;
        while (start > 0 && tokens_[start - 1].word && tokens_[start - 1].capitalised) --start;
        const auto joins = [&](std::size_t k) { return tokens_[k].lower == "and" || tokens_[k].lower == "or"; };
        return (i + 1 < tokens_.size() && joins(i + 1)) || (start > 0 && joins(start - 1));
      };
      for (std::size_t i = 0; i < tokens_.size() && !memory.person && !memory.opening_name; ++i) {
        if (tokens_[i].word && tokens_[i].capitalised && tokens_[i].text == surname && surname != full &&
            !coordinated(i)) {
          if (before_gender == '?') {
            memory.opening_name = *before_person;
          } else {
            memory.person = *before_person;
            memory.person_gender = before_gender;
          }
        }
      }
    }
  }
  // Pairs: "A and B", "both A and B", "A met (with) B".
  for (std::size_t r = 0; r + 1 < runs.size(); ++r) {
    const NameRun& a = runs[r];
    const NameRun& b = runs[r + 1];
    // A name that modifies a common noun names no one here: in "Brandt
    // and the Green Alliance leader", the pair is Brandt and the leader.
    const auto modifies_noun = [&](const NameRun& run) {
      if (run.last + 1 >= tokens_.size()) return false;
      const Token& next = tokens_[run.last + 1];
      // A title after the name ("leader", "minister") is a noun here too.
      return next.word && !next.capitalised && (next.info.classes & ~std::uint32_t{k_is_title}) == 0 &&
             next.info.form == VerbForm::none && !tokens_[run.last].possessive;
    };
    // The last two of a longer list ("Ireland, Finland and Poland") are no
    // pair: "their" after it is not about them.
    const bool list_tail = a.first > 0 && tokens_[a.first - 1].text == ",";
    // "Bush and I", "Tipper and I": the speaker's pair is a later "we", not
    // a "their".
    const auto pronoun_run = [&](const NameRun& run) { return run.first == run.last && is_pronoun(tokens_[run.first]); };
    if (pronoun_run(a) || pronoun_run(b)) continue;
    const bool coordinated = !list_tail && !tokens_[a.last].possessive && tokens_[a.last + 1].lower == "and" &&
                             (b.first == a.last + 2 || (b.first == a.last + 3 && tokens_[a.last + 2].lower == "the")) &&
                             !modifies_noun(b);
    bool met = false;
    if (!coordinated && b.first > a.last + 1 && b.first <= a.last + 6) {
      const std::string_view verb = tokens_[a.last + 1].lower;
      met = is_collective_predicate(verb) && verb_form(verb) != VerbForm::none;
      for (std::size_t k = a.last + 2; k < b.first; ++k) {
        const std::string_view between = tokens_[k].lower;
        if (between != "with" && !is_title(between) && between.find('-') == std::string::npos &&
            !is_adverb_of_degree_or_time(between)) {
          met = false;
        }
      }
    }
    if (coordinated || met) {
      Pair pair{entity_of(a, true), entity_of(b, true), a.person && b.person, met};
      if (met) pair.persons = a.person || b.person;
      if (coordinated) {
        // "the presidents of Kenya and Tanzania" are two people.
        std::size_t head = a.first;
        if (head >= 2 && tokens_[head - 1].lower == "of" && has_kind(tokens_[head - 2], k_pair_person_noun)) {
          head -= 2;
          if (head >= 1 && tokens_[head - 1].lower == "the") --head;
          // The countries stay a pair of their own: "the two governments".
          memory.pairs.push_back(pair);
          pair.first = entity_of(NameRun{head, a.last, true});
          pair.persons = true;
        }
        // "A and B met": the pair took part in one event.
        std::size_t after = b.last + 1;
        while (after < tokens_.size() && is_adverb_before_verb(tokens_[after])) ++after;
        if (after < tokens_.size() && is_collective_predicate(tokens_[after]) &&
            verb_form(tokens_[after]) != VerbForm::none) {
          pair.event = true;
        }
      }
      memory.pairs.push_back(std::move(pair));
    }
  }
  // Descriptions: a common noun heading a phrase that names something
  // ("Silvana's chip plant near Ostrava", "the Vela Basin Authority's
  // survey"). Kept without their determiner.
  for (std::size_t i = 1; i < tokens_.size(); ++i) {
    const Token& head = tokens_[i];
    if (!head.word || head.capitalised || head.info.classes != 0 || head.info.form != VerbForm::none ||
        head.lower.size() < 3 || (head.lower[0] >= '0' && head.lower[0] <= '9')) {
      continue;
    }
    const bool compound_continues = i + 1 < tokens_.size() && tokens_[i + 1].word && !tokens_[i + 1].capitalised &&
                                    tokens_[i + 1].info.classes == 0 && tokens_[i + 1].info.form == VerbForm::none;
    if (compound_continues) continue;
    std::size_t start = i;
    bool named = false;
    bool owned = false;
    while (start > 0) {
      const Token& t = tokens_[start - 1];
      if (!t.word || (t.info.classes != 0 && !t.possessive) || (t.info.form != VerbForm::none && !t.capitalised)) break;
      if (start - 1 == 0 && !t.possessive && (t.info.classes != 0)) break;
      named = named || (t.capitalised && start - 1 > 0);
      owned = owned || (t.possessive && t.capitalised);
      --start;
    }
    std::size_t end = i + 1;
    // A place or owner after the head: "near Ostrava", "of Harbor Foods";
    // not a time ("the main interest rate on Thursday").
    bool placed = false;
    if (end + 1 < tokens_.size() && tokens_[end].word &&
        (tokens_[end].lower == "near" || tokens_[end].lower == "in" || tokens_[end].lower == "of" ||
         tokens_[end].lower == "at" || tokens_[end].lower == "on") &&
        tokens_[end + 1].capitalised) {
      std::size_t j = end + 1;
      while (j < tokens_.size() && tokens_[j].word && tokens_[j].capitalised) ++j;
      if (!has_kind(tokens_[j - 1], k_weekday_or_month)) {
        end = j;
        named = true;
        placed = true;
      }
    }
    // "The National Bank of Marvonia raised its main interest rate": the
    // subject's own, when the subject is a body or place that "its" fits.
    const std::optional<Entity>& subject = first_subject_ ? first_subject_ : first_subject_phrase_;
    const bool its = !named && start > 0 && tokens_[start - 1].lower == "its" && subject && can_own_its(*subject) &&
                     !subject->spans.empty() &&
                     subject->spans.back().end <= to_document_(Span{tokens_[start - 1].begin, tokens_[start - 1].end}).start;
    if ((!named && !its) || end - start < 2) continue;
    Phrase phrase;
    phrase.reserve(end - start + 1);
    if (its) {
      std::string_view owner = subject->text;
      if (owner.starts_with("The ") || owner.starts_with("the ")) owner.remove_prefix(4);
      phrase.push_back(added_.slot(std::string(owner), subject->spans));
      phrase.back().possessive = true;
      owned = true;
    }
    for (std::size_t k = start; k < end; ++k) {
      Slot slot;
      slot.token = static_cast<int>(k);
      phrase.push_back(slot);
    }
    Entity description{render(phrase), spans_of(phrase), false};
    // Named only by a capitalised word before a plain noun: "Federal
    // deficit", "Trojan horse" describe no one thing that a later "the
    // deficit" means; "Selene-3 probe", "English rock band" do.
    description.referable = (owned || placed || (head.info.kinds & kNamedThingHead) != 0);
    std::vector<Entity>& known = described(head.lower);
    if (std::find(known.begin(), known.end(), description) == known.end()) known.push_back(std::move(description));
  }
  if (first_subject_phrase_ && !first_subject_phrase_->spans.empty()) {
    const std::size_t subject_end = first_subject_phrase_->spans.back().end;
    for (const NameRun& run : runs) {
      const std::size_t after = run.last + 1;
      if (run.person || after + 1 >= tokens_.size() ||
          to_document_(Span{tokens_[run.first].begin, tokens_[run.first].end}).start < subject_end) {
        continue;
      }
      const Token& next = tokens_[after + 1];
      if (tokens_[after].text == "," && !next.capitalised &&
          (next.lower == "which" || (verb_form(next) == VerbForm::past && next.info.classes == 0))) {
        memory.second_topic = true;
        break;
      }
    }
  }
  memory.speaker = first_speaker_;
  // Resolved "both countries" keeps its pair alive for the next sentence.
  memory.subject = first_subject_;
  memory.subject_phrase = first_subject_phrase_;
  memory.subject_reported = first_subject_reported_;
  state_.recent.push_back(std::move(memory));
  if (state_.recent.size() > kMemorySentences) state_.recent.pop_front();
}

std::vector<AtomicClaim> SentenceDecomposer::run() {
  ++state_.sentence_number;
  runs_ = name_runs();
  // (A name of two capitalised words opening the sentence counts too:
  // "Dunmore Cycles swung to a profit".)
  for (std::size_t k = 0; k < tokens_.size(); ++k) {
    const Token& t = tokens_[k];
    if (!t.word || !t.capitalised || t.lower.size() < 2) continue;
    const bool inside = k > 0 && tokens_[k - 1].word;
    const bool opens_name = k == 0 && tokens_.size() > 1 && tokens_[1].word && tokens_[1].capitalised &&
                            t.info.classes == 0 && tokens_[1].info.classes == 0;
    if (!inside && !opens_name) continue;
    if (!state_.capitalised_inside.contains(t.lower)) state_.capitalised_inside.emplace(t.lower);
  }
  register_people(runs_);
  Indices idx;
  for (std::size_t i = 0; i < tokens_.size(); ++i) idx.push_back(static_cast<int>(i));
  // Terminal punctuation decides the claims' ending; questions and
  // instructions are kept whole and marked.
  while (!idx.empty() && !is_word(idx.back())) {
    const std::string_view t = tok(idx.back()).text;
    if (t == "?" || t == "!" || t == ".") {
      if (terminal_.empty() || terminal_ == ".") terminal_ = std::string(t);
    }
    // A sentence that opens a list ("..., the most significant of which
    // are:") states its claims with a full stop.
    if (t == ":" && terminal_.empty()) terminal_ = ".";
    if (t != "?" && t != "!" && t != "." && t != "," && t != ";" && t != ":" && t != "-" &&
        t != "\xE2\x80\x94" && t != "\xE2\x80\x93" && t != "\xE2\x80\xA6") {
      // 'which Morgan called "remarkable."': the full stop inside the
      // closing quote ends the sentence, and the claims cut before it.
      if (terminal_.empty() && idx.size() >= 2 && tok(idx[idx.size() - 2]).text == "." &&
          (t == "\"" || t == "\xE2\x80\x9D" || t == "\xE2\x80\x99")) {
        terminal_ = ".";
      }
      break;  // a closing bracket or quote, a percent sign: part of the claim
    }
    idx.pop_back();
  }
  if (idx.empty()) return {};
  if (terminal_.empty() && (tok(idx.back()).text.ends_with(".\xE2\x80\x99") || tok(idx.back()).text.ends_with(".\xE2\x80\x9D"))) {
    terminal_ = ".";  // "‘remarkable.’" came out as one word
  }
  Context context;
  const bool question = terminal_ == "?";
  const Token& first = tok(idx[0]);
  // British style quotes with single marks: '...,' a spokesman said. An
  // opening single mark counts only with its closing one later, as the
  // apostrophe of a word never stands alone at the start.
  const bool single_quoted = (first.text == "'" || first.text == "\xE2\x80\x98") &&
                             std::any_of(idx.begin() + 1, idx.end(), [&](int t) {
                               return tok(t).text == "'" || tok(t).text == "\xE2\x80\x99";
                             });
  const bool quoted = first.text == "\"" || first.text == "\xE2\x80\x9C" || single_quoted;
  // An instruction starts with a bare verb and has no other verb before
  // its first comma: "Read the report before voting", not "Trade between
  // the two countries fell". A discourse marker and its comma may come
  // first: "First, reset your password".
  const std::size_t lead = idx.size() > 3 && is_discourse_marker(first) && is_comma(idx[1]) ? 2 : 0;
  const Token& opener = tok(idx[lead]);
  bool other_verb = false;
  for (std::size_t k = lead + 1; k < idx.size() && !is_comma(idx[k]) && !other_verb; ++k) {
    const VerbForm form = verb_form(tok(idx[k]));
    other_verb = verb_like(idx, k) && (is_auxiliary(tok(idx[k])) || form == VerbForm::past ||
                                       form == VerbForm::third_person);
  }
  // "Head teacher Priya Anand, who ...": a title before a name, not "Head
  // north".
  bool titles_name = is_title(first);
  for (std::size_t k = 1; titles_name && k < idx.size() && k < 4; ++k) {
    if (tok(idx[k]).word && tok(idx[k]).capitalised) break;
    if (k == 3 || !tok(idx[k]).word) titles_name = false;
  }
  // The lexicon leaves out verbs that are as often nouns ("check", "store",
  // "book", "update"). One of them opens an instruction when "your" or
  // "the" follows it ("Check the label", "Update your browser"): a subject
  // does not stand right before an article. Only a word of plain letters
  // ("We’re" misread as Latin-1 is none), not one that places or
  // conditions ("Inside the court", "Unless the ..."), nor a name the
  // document capitalises elsewhere.
  // (The lexicon's nouns of named things, "report" or "chain", may still
  // open one: "Report any damage".)
  constexpr std::uint64_t kNeverInstructionVerb =
      k_ordinal | k_subordinator | k_catenative_verb | k_owning_verb | k_place_participle | k_weekday_or_month |
      k_honorific | k_title_opening_names | k_interrogative | k_inverting_speech_verb | k_speech_gerund |
      k_not_imperative;
  const bool unlisted_verb = opener.word &&
                             std::all_of(opener.lower.begin(), opener.lower.end(),
                                         [](char c) { return c >= 'a' && c <= 'z'; }) &&
                             opener.info.classes == 0 && (opener.info.kinds & kNeverInstructionVerb) == 0 &&
                             opener.info.form == VerbForm::none && !opener.possessive &&
                             idx.size() > lead + 2 &&
                             (is(idx[lead + 1], "your") || is(idx[lead + 1], "the")) &&
                             !state_.capitalised_inside.contains(opener.lower);
  const bool instruction = !quoted && !titles_name && opener.word &&
                           (verb_form(opener) == VerbForm::base || unlisted_verb) && !is_auxiliary(opener) &&
                           idx.size() > lead + 1 && !tok(idx[lead + 1]).capitalised &&
                           !is_discourse_marker(opener) && !other_verb;
  const bool first_person = first.word && (first.lower == "i" || first.lower == "we");
  if (question || instruction || quoted) {
    // Kept whole: a question asserts nothing; an instruction is addressed
    // to the reader; a direct quotation is checked as words someone said.
    Context whole;
    const Entity* speaker = nullptr;  // a person a speaking "she" or "he" stands for
    int speaker_pronoun = -1;
    whole.not_checkworthy_reason = question ? "question" : instruction ? "instruction" : "";
    whole.quotation = quoted && !question;
    if (quoted) {
      // Who said it: '"...," said board chair Maria Lopez' or '"...," Lopez said'.
      std::size_t close = idx.size();
      for (std::size_t k = 1; k < idx.size(); ++k) {
        const std::string_view t = tok(idx[k]).text;
        if ((!single_quoted && (t == "\"" || t == "\xE2\x80\x9D")) ||
            (single_quoted && (t == "'" || t == "\xE2\x80\x99"))) {
          close = k;
          break;
        }
      }
      if (close + 2 < idx.size()) {
        Indices tail(idx.begin() + static_cast<std::ptrdiff_t>(close + 1), idx.end());
        while (!tail.empty() && !is_word(tail.front())) tail.erase(tail.begin());
        // '..., said Carys Pennant, the head coach, who was appointed in
        // 2021': what the relative clause says of the speaker is a claim of
        // its own, once the speaker is known.
        Indices relative;
        for (std::size_t r = 2; r + 2 < tail.size() && is_attribution_verb(tok(tail.front())); ++r) {
          if (is_comma(tail[r]) && is(tail[r + 1], "who")) {
            relative.assign(tail.begin() + static_cast<std::ptrdiff_t>(r + 2), tail.end());
            tail.resize(r);
            break;
          }
        }
        if (tail.size() >= 2 && tail.size() <= 10) {
          const bool said_first = is_attribution_verb(tok(tail.front()));
          // '"...," she told analysts on a call': the speaker before the
          // verb, a listener or place after it.
          std::size_t said_at = tail.size() - 1;
          for (std::size_t j = 1; j < tail.size() && j <= 3 && !said_first; ++j) {
            if (!is_attribution_verb(tok(tail[j]))) continue;
            const bool pronoun = j == 1 && (is(tail[0], "she") || is(tail[0], "he") || is(tail[0], "they"));
            if (pronoun || is_name_run(tail, 0, j)) said_at = j;
            break;
          }
          const bool said_last = is_attribution_verb(tok(tail[said_at]));
          if (said_first || said_last) {
            Indices who = said_first ? Indices(tail.begin() + 1, tail.end())
                                              : Indices(tail.begin(), tail.begin() + static_cast<std::ptrdiff_t>(said_at));
            // "said board chair Maria Lopez": the name, without the title.
            std::size_t name = 0;
            while (name + 1 < who.size() && (!tok(who[name]).capitalised || is_title(tok(who[name]))) &&
                   !is_preposition(tok(who[name]))) {
              ++name;
            }
            // "said one shopkeeper on Market Street": no name before the
            // place; the speaker is the whole phrase.
            if (name < who.size() && is_preposition(tok(who[name]))) name = 0;
            // "said Dr. Emma Tran, the study's lead author": the speaker is
            // the name, and what the appositive says of them is a claim.
            std::size_t name_end = who.size();
            for (std::size_t j = name; j < who.size(); ++j) {
              if (is_comma(who[j])) {
                name_end = j;
                break;
              }
            }
            if (said_first && name_end + 2 < who.size() && is_name_run(who, name, name_end)) {
              const Token& opener = tok(who[name_end + 1]);
              bool verbless = true;
              for (std::size_t j = name_end + 1; j < who.size() && verbless; ++j) verbless = !verb_like(who, j);
              // "the head coach": a role ends it, whatever the words before
              // it could be as verbs.
              verbless = verbless || english::is_person_role(tok(who.back()).lower) || is_title(tok(who.back()));
              if (verbless && (is_determiner(opener) || opener.possessive)) {
                Phrase role{added_.slot("is")};
                for (std::size_t j = name_end + 1; j < who.size(); ++j) role.push_back(Slot{who[j], nullptr, false, false});
                emit_about_speaker(slots(who, name, name_end), std::move(role), context);
              } else {
                name_end = who.size();
              }
            }
            if (said_first && name < name_end && is_name_run(who, name, name_end)) {
              if (!relative.empty() && verb_like(relative, 0)) {
                emit_about_speaker(slots(who, name, name_end), slots(relative, 0, relative.size()), context);
              }
              // The quotation is the speaker's, by name: what the appositive
              // and the relative clause say are claims of their own.
              if (name_end < who.size() || !relative.empty()) {
                const auto last = std::find(idx.begin(), idx.end(), who[name_end - 1]);
                if (last != idx.end()) idx.erase(last + 1, idx.end());
              }
              // The sentence is about the speaker: a "She said" next refers
              // to her.
              if (name_end - name >= 2 && static_cast<std::size_t>(who[name_end - 1] - who[name]) == name_end - name - 1) {
                resolved_person_ = entity_of(NameRun{static_cast<std::size_t>(who[name]),
                                                     static_cast<std::size_t>(who[name_end - 1]), false});
                resolved_gender_ = '?';
              }
            }
            // '"...," Okafor told supporters': a known person's surname.
            if (name + 1 == name_end && name_end <= who.size() && tok(who[name]).capitalised) {
              if (const auto* known = person_with_surname(tok(who[name]).text)) {
                resolved_person_ = known->name;
                resolved_gender_ = '?';
              }
            }
            if (!who.empty()) {
              Phrase phrase;
              for (std::size_t j = name; j < name_end; ++j) phrase.push_back(Slot{who[j], nullptr, false, false});
              whole.attribution = Claim::Attribution{render(phrase), is_vague_who(tokens_, who)};
              // '"...," she said': the person the sentences before were
              // about ("Joan Pike was nine when she left").
              if (who.size() == 1 && (is(who[0], "she") || is(who[0], "he"))) {
                const char gender = pronoun_gender(tok(who[0]).lower);
                const Entity* person = take_person_before(gender);
                if (person) {
                  speaker_pronoun = who[0];
                  speaker = person;
                  whole.attribution = Claim::Attribution{person->text, false};
                }
              }
            }
          }
        }
      }
    }
    Phrase phrase = slots(idx, 0, idx.size());
    if (speaker) {
      for (Slot& slot : phrase) {
        if (slot.token == speaker_pronoun) slot = added_.slot(speaker->text, speaker->spans);
      }
    }
    emit(Phrase{}, phrase, whole, true, {});
  } else {
    if (first_person) context.not_checkworthy_reason = "first-person";
    Context fronted = context;
    strip_fronted(idx, fronted);
    sentence_frame_ = fronted.frame;
    std::vector<Indices> clauses = split_clauses(idx);
    for (Indices& clause : clauses) {
      ++clause_number_;
      process_clause(std::move(clause), fronted, std::nullopt);
    }
  }
  if (claims_.empty()) {
    Context whole = context;
    emit(Phrase{}, slots(idx, 0, idx.size()), whole, true, {});
  }
  remember();
  return std::move(claims_);
}

}  // namespace

Decomposer::Decomposer() : state_(std::make_unique<State>()) {}
Decomposer::~Decomposer() = default;

void Decomposer::start_section() {
  for (SentenceMemory& memory : state_->recent) memory.frame.reset();
}

std::vector<AtomicClaim> Decomposer::decompose(std::string_view sentence,
                                               const SentenceToDocument& to_document) {
  SentenceDecomposer decomposer(sentence, to_document, *state_);
  return decomposer.run();
}

}  // namespace claimcheck
