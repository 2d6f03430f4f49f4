#include "text/english_abbreviations.h"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace claimcheck {
namespace {

struct Abbreviation {
  std::string_view key;  // lower case, internal periods kept, no final period
  AbbreviationKind kind;
  // Lower-case spellings are ordinary words ("ill", "sun", "rep"), so only a
  // capitalised spelling counts as the abbreviation.
  bool capitalised_only;
};

constexpr AbbreviationKind kPre = AbbreviationKind::kPrepositive;
constexpr AbbreviationKind kNum = AbbreviationKind::kBeforeNumber;
constexpr AbbreviationKind kAmb = AbbreviationKind::kAmbiguous;
constexpr AbbreviationKind kPost = AbbreviationKind::kPostpositive;
constexpr AbbreviationKind kReg = AbbreviationKind::kRegion;

// Kept general on purpose: titles, Latin, business, address, time, unit,
// month, weekday and US state abbreviations as used in news and reference
// prose. Letter-period chains not listed here ("N.Y.", "B.A.") are recognised
// structurally by the splitter.
constexpr Abbreviation kAbbreviations[] = {
    // Titles in front of a name. Lower-case forms of some are words.
    {"mr", kPre, false}, {"mrs", kPre, false}, {"ms", kPre, false}, {"mx", kPre, true},
    {"messrs", kPre, false}, {"mssrs", kPre, false}, {"mme", kPre, false},
    {"mlle", kPre, false}, {"dr", kPre, false}, {"drs", kPre, false}, {"prof", kPre, false},
    {"profs", kPre, false}, {"rev", kPre, true}, {"hon", kPre, true}, {"gen", kPre, true},
    {"gens", kPre, true}, {"sen", kPre, true}, {"sens", kPre, true}, {"rep", kPre, true},
    {"reps", kPre, true}, {"gov", kPre, true}, {"govs", kPre, true}, {"pres", kPre, true},
    {"lt", kPre, false}, {"col", kPre, true}, {"capt", kPre, false}, {"cmdr", kPre, false},
    {"cdr", kPre, true}, {"adm", kPre, false}, {"maj", kPre, false}, {"sgt", kPre, false},
    {"cpl", kPre, false}, {"pvt", kPre, false}, {"brig", kPre, false}, {"supt", kPre, false},
    {"insp", kPre, true}, {"det", kPre, true}, {"atty", kPre, false}, {"fr", kPre, true},
    {"mt", kPre, false}, {"mts", kPre, false}, {"ste", kPre, true},
    // Latin and connective abbreviations that introduce what follows.
    {"e.g", kPre, false}, {"i.e", kPre, false}, {"cf", kPre, false}, {"viz", kPre, false},
    {"vs", kPre, false}, {"approx", kPre, false}, {"esp", kPre, false}, {"incl", kPre, false},
    {"excl", kPre, false}, {"resp", kPre, false}, {"ibid", kAmb, false}, {"op.cit", kAmb, false},
    // Only abbreviations in front of a number.
    {"no", kNum, false}, {"nos", kNum, false}, {"nr", kNum, false}, {"n\xC2\xB0", kNum, false},
    {"n\xC2\xBA", kNum, false}, {"p", kNum, false}, {"pp", kNum, false}, {"pg", kNum, false},
    {"vol", kNum, false}, {"vols", kNum, false}, {"fig", kNum, false}, {"figs", kNum, false},
    {"ch", kNum, false}, {"chap", kNum, false}, {"art", kNum, false}, {"arts", kNum, false},
    {"sec", kNum, false}, {"secs", kNum, false}, {"para", kNum, false}, {"paras", kNum, false},
    {"eq", kNum, false}, {"eqs", kNum, false}, {"op", kNum, false}, {"pt", kNum, false},
    {"pts", kNum, false}, {"ca", kNum, false}, {"c", kNum, false}, {"ex", kNum, false},
    {"tab", kNum, false}, {"rt", kNum, false}, {"hwy", kNum, false}, {"rte", kNum, false},
    // Ambiguous: business, people, places, Latin endings.
    {"co", kAmb, false}, {"cos", kAmb, false}, {"corp", kAmb, false}, {"inc", kAmb, false},
    {"ltd", kAmb, false}, {"plc", kAmb, false}, {"bros", kAmb, false}, {"assn", kAmb, false},
    {"assoc", kAmb, false}, {"asst", kAmb, false}, {"dept", kAmb, false}, {"div", kAmb, false},
    {"univ", kAmb, false}, {"intl", kAmb, false}, {"natl", kAmb, false}, {"govt", kAmb, false},
    {"mfg", kAmb, false}, {"misc", kAmb, false}, {"jr", kAmb, false}, {"sr", kAmb, false},
    {"esq", kPost, false}, {"ph.d", kAmb, false}, {"etc", kPost, false}, {"al", kAmb, false},
    {"ed", kAmb, false}, {"eds", kAmb, false}, {"est", kAmb, false}, {"ref", kAmb, false},
    {"tel", kAmb, false}, {"ext", kAmb, false}, {"attn", kAmb, false}, {"dist", kAmb, false},
    {"st", kAmb, false}, {"ave", kAmb, false}, {"blvd", kAmb, false}, {"rd", kAmb, false},
    {"ft", kAmb, false}, {"sq", kAmb, false}, {"hr", kPost, false},
    {"hrs", kPost, false}, {"min", kPost, false}, {"mins", kPost, false}, {"yr", kPost, false},
    {"yrs", kPost, false}, {"mo", kPost, false}, {"mos", kPost, false}, {"wk", kPost, false},
    {"wks", kPost, false}, {"oz", kPost, false}, {"lb", kPost, false}, {"lbs", kPost, false},
    {"qt", kPost, false}, {"gal", kPost, false}, {"a.m", kAmb, false}, {"p.m", kAmb, false},
    {"u.s", kAmb, false}, {"u.s.a", kAmb, false}, {"u.k", kAmb, false}, {"u.n", kAmb, false},
    {"e.u", kAmb, false}, {"d.c", kReg, false}, {"w.va", kReg, true},
    // Months and weekdays (capitalised: "mar", "sun", "sat" are words).
    {"jan", kAmb, true}, {"feb", kAmb, true}, {"mar", kAmb, true}, {"apr", kAmb, true},
    {"jun", kAmb, true}, {"jul", kAmb, true}, {"aug", kAmb, true}, {"sep", kAmb, true},
    {"sept", kAmb, true}, {"oct", kAmb, true}, {"nov", kAmb, true}, {"dec", kAmb, true},
    {"mon", kAmb, true}, {"tue", kAmb, true}, {"tues", kAmb, true}, {"wed", kAmb, true},
    {"thu", kAmb, true}, {"thur", kAmb, true}, {"thurs", kAmb, true}, {"fri", kAmb, true},
    {"sat", kAmb, true}, {"sun", kAmb, true},
    // US states (AP style) and a few provinces; many are words in lower case.
    {"ala", kReg, true}, {"ariz", kReg, true}, {"ark", kReg, true}, {"calif", kReg, true},
    {"colo", kReg, true}, {"conn", kReg, true}, {"del", kReg, true}, {"fla", kReg, true},
    {"ga", kReg, true}, {"ill", kReg, true}, {"ind", kReg, true}, {"kan", kReg, true},
    {"kans", kReg, true}, {"ky", kReg, true}, {"la", kReg, true}, {"md", kReg, true},
    {"mass", kReg, true}, {"mich", kReg, true}, {"minn", kReg, true}, {"miss", kReg, true},
    {"mont", kReg, true}, {"neb", kReg, true}, {"nebr", kReg, true}, {"nev", kReg, true},
    {"okla", kReg, true}, {"ore", kReg, true}, {"oreg", kReg, true}, {"pa", kReg, true},
    {"penn", kReg, true}, {"tenn", kReg, true}, {"tex", kReg, true}, {"vt", kReg, true},
    {"va", kReg, true}, {"wash", kReg, true}, {"wis", kReg, true}, {"wisc", kReg, true},
    {"wyo", kReg, true}, {"ont", kReg, true}, {"que", kReg, true}, {"alta", kReg, true},
    {"sask", kReg, true},
    {"n.y", kReg, false}, {"n.j", kReg, false}, {"n.h", kReg, false}, {"n.m", kReg, false},
    {"n.c", kReg, false}, {"n.d", kReg, false}, {"s.c", kReg, false}, {"s.d", kReg, false},
    {"r.i", kReg, false},
};

constexpr std::string_view kStrongStarters[] = {
    "A", "About", "According", "After", "Afterwards", "Again", "All", "Also", "Although",
    "Among", "An", "And", "Another", "Any", "Anyway", "Are", "As", "At", "Because", "Before",
    "Being", "Both", "But", "By", "Can", "Could", "Despite", "Did", "Do", "Does", "During",
    "Each", "Earlier", "Either", "Even", "Every", "Everyone", "Finally", "For",
    "From", "Furthermore", "Had", "Has", "Have", "He", "Her", "Here", "His", "How",
    "However", "I", "If", "In", "Indeed", "Instead", "Is", "It", "Its", "Later",
    "Let", "Many", "Meanwhile", "More", "Moreover", "Most", "Much", "My", "Neither",
    "Nevertheless", "No", "Nobody", "None", "Nonetheless", "Nor", "Not", "Nothing",
    "Now", "On", "Once", "One", "Only", "Or", "Other", "Our", "Over", "Please", "Several",
    "She", "Should", "Since", "So", "Some", "Someone", "Still", "Such", "That", "The",
    "Their", "Then", "There", "Therefore", "These", "They", "This", "Those", "Though",
    "Thus", "To", "Today", "Tomorrow", "Tonight", "Under", "Unless", "Until", "Was", "We",
    "Were", "What", "When", "Where", "Whether", "Which", "While", "Who", "Why", "Will",
    "With", "Without", "Would", "Yes", "Yesterday", "Yet", "You", "Your",
};

constexpr std::string_view kWeakStarters[] = {
    "Dr", "Gen", "Gov", "Mr", "Mrs", "Ms", "Pres", "Prof", "Rep", "Rev", "Sen",
};

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Lookups run at every period in the text, so words are packed into two
// integers (up to 16 bytes, zero padded) and found in a small open-addressing
// hash table: one multiply and usually one probe, no string comparison.
struct PackedWord {
  std::uint64_t first = 0, second = 0;
  friend bool operator==(const PackedWord&, const PackedWord&) = default;
};
constexpr std::size_t kMaxPackedLength = 16;

// `lower` folds ASCII capitals. Callers never pass words longer than 16 bytes.
PackedWord pack(std::string_view word, bool lower) {
  char bytes[kMaxPackedLength] = {};
  const std::size_t n = word.size() < kMaxPackedLength ? word.size() : kMaxPackedLength;
  for (std::size_t i = 0; i < n; ++i) bytes[i] = lower ? ascii_lower(word[i]) : word[i];
  PackedWord packed;
  std::memcpy(&packed.first, bytes, 8);
  std::memcpy(&packed.second, bytes + 8, 8);
  return packed;
}

template <typename Value>
class PackedWordTable {
 public:
  // `capacity_log2` must leave the table at most half full.
  explicit PackedWordTable(unsigned capacity_log2)
      : shift_(64 - capacity_log2), slots_(std::size_t{1} << capacity_log2) {}

  void insert(std::string_view word, Value value) {
    const PackedWord key = pack(word, false);
    for (std::size_t i = slot_of(key);; i = (i + 1) & (slots_.size() - 1)) {
      if (!slots_[i].used || slots_[i].key == key) {
        slots_[i] = {key, value, true};
        return;
      }
    }
  }

  const Value* find(const PackedWord& key) const {
    for (std::size_t i = slot_of(key);; i = (i + 1) & (slots_.size() - 1)) {
      if (!slots_[i].used) return nullptr;
      if (slots_[i].key == key) return &slots_[i].value;
    }
  }

 private:
  struct Slot {
    PackedWord key;
    Value value{};
    bool used = false;
  };
  std::size_t slot_of(const PackedWord& key) const {
    const std::uint64_t mixed =
        (key.first ^ (key.second * 0xC2B2AE3D27D4EB4FULL)) * 0x9E3779B97F4A7C15ULL;
    return static_cast<std::size_t>(mixed >> shift_);
  }
  unsigned shift_;
  std::vector<Slot> slots_;
};

const PackedWordTable<const Abbreviation*>& abbreviation_table() {
  static const PackedWordTable<const Abbreviation*> table = [] {
    PackedWordTable<const Abbreviation*> t(10);
    for (const Abbreviation& a : kAbbreviations) t.insert(a.key, &a);
    return t;
  }();
  return table;
}

const PackedWordTable<SentenceStarter>& starter_table() {
  static const PackedWordTable<SentenceStarter> table = [] {
    PackedWordTable<SentenceStarter> t(10);
    for (const std::string_view w : kStrongStarters) t.insert(w, SentenceStarter::kStrong);
    for (const std::string_view w : kWeakStarters) t.insert(w, SentenceStarter::kWeak);
    return t;
  }();
  return table;
}

}  // namespace

AbbreviationKind classify_abbreviation(std::string_view word) {
  // Keys are short; anything longer cannot match and needs no lookup.
  constexpr std::size_t kLongestKey = 8;
  if (word.empty() || word.size() > kLongestKey) return AbbreviationKind::kNone;
  const Abbreviation* const* found = abbreviation_table().find(pack(word, true));
  if (found == nullptr) return AbbreviationKind::kNone;
  if ((*found)->capitalised_only && !(word[0] >= 'A' && word[0] <= 'Z')) {
    return AbbreviationKind::kNone;
  }
  return (*found)->kind;
}

SentenceStarter sentence_starter_kind(std::string_view word) {
  if (word.empty() || word.size() > kMaxPackedLength) return SentenceStarter::kNo;
  const SentenceStarter* found = starter_table().find(pack(word, false));
  return found ? *found : SentenceStarter::kNo;
}

}  // namespace claimcheck
