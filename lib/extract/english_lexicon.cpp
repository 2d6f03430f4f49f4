#include "extract/english_lexicon.h"

#include <cstdint>
#include <initializer_list>
#include <utility>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace claimcheck::english {

namespace {

using WordSet = std::unordered_set<std::string_view>;

struct TransparentHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};


// Verbs common in news, science and history writing, in their base form.
// Inflections are derived below; irregular ones come from kIrregular.
constexpr std::string_view kVerbs[] = {
    "accept", "accuse", "achieve", "acquire", "add", "admit", "adopt", "affect", "agree", "aim",
    "align", "allow", "announce", "appear", "apply", "appoint", "approve", "argue", "arrest",
    "arrive", "ask", "attack", "attend", "attract", "avoid", "back", "ban", "base", "battle",
    "become", "begin", "believe", "block", "boost", "borrow", "break", "bring", "build", "buy",
    "call", "campaign", "cancel", "capture", "carry", "cause", "celebrate", "change", "charge",
    "choose", "cite", "claim", "close", "collaborate", "collapse", "collect", "combine", "come",
    "comment", "commit", "compare", "compete", "complete", "conclude", "condemn", "conduct",
    "confirm", "connect", "consider", "contain", "continue", "contribute", "control", "cool",
    "cost", "count", "cover", "create", "cut", "damage", "deal", "decide", "decline", "defeat",
    "defend", "defy", "deliver", "demand", "deny", "deploy", "describe", "design", "destroy",
    "detect", "develop", "die", "discover", "discuss", "dismiss", "double", "draw", "drive",
    "drop", "earn", "ease", "elect", "eliminate", "emerge", "employ", "enable", "end", "engage",
    "enjoy", "ensure", "enter", "espouse", "establish", "estimate", "examine", "exceed",
    "expand", "expect", "experience", "explain", "export", "express", "face", "fail", "fall",
    "fear", "feature", "feel", "fight", "file", "find", "finish", "fire", "focus", "follow",
    "force", "form", "found", "fund", "gain", "give", "go", "govern", "grant", "grow", "halt",
    "handle", "happen", "have", "head", "hear", "help", "hire", "hit", "hold", "host", "identify",
    "ignore", "impose", "import", "improve", "include", "increase", "indicate", "influence",
    "inform", "insist", "install", "introduce", "invade", "invest", "investigate", "invite",
    "involve", "issue", "join", "keep", "kill", "know", "launch", "lead", "learn", "leave",
    "lift", "limit", "link", "list", "live", "lose", "lower", "maintain", "make", "manage",
    "mark", "measure", "meet", "merge", "miss", "move", "name", "need", "negotiate", "note",
    "notice", "observe", "obtain", "occupy", "occur", "offer", "open", "operate", "oppose",
    "order", "organise", "organize", "overturn", "own", "pass", "pay", "perform", "plan",
    "play", "pledge", "plunge", "point", "post", "predict", "prepare", "present", "press", "prevent",
    "produce", "promise", "promote", "propose", "protect", "protest", "prove", "provide",
    "publish", "pull", "purchase", "push", "raise", "rank", "reach", "read", "receive",
    "recognise", "recognize", "record", "recover", "reduce", "reject", "release", "rely",
    "remain", "remove", "replace", "report", "represent", "require", "rescue", "resign",
    "resist", "resolve", "respond", "restore", "result", "retain", "return", "reveal", "rise",
    "rule", "run", "save", "say", "score", "secure", "see", "seek", "seize", "sell", "send",
    "serve", "set", "settle", "share", "shift", "ship", "show", "shut", "sign", "slow", "sort",
    "spark", "span", "speak", "spend", "spread", "stand", "start", "state", "stay", "stop",
    "strengthen", "strike", "study", "submit", "succeed", "suffer", "suggest", "supply",
    "support", "surge", "survive", "suspend", "take", "talk", "target", "teach", "tell", "test",
    "threaten", "trade", "train", "travel", "treat", "trigger", "try", "turn", "understand",
    "unveil", "urge", "use", "visit", "vote", "wait", "want", "warn", "win", "withdraw", "work",
    "write", "yield", "recommend", "advise", "caution", "doubt", "worry", "complain", "concede",
    "acknowledge", "question", "hope", "suspect", "wonder", "accuse", "allege", "dispute",
    // More verbs of news and reports, leaving out words that are as often
    // nouns ("rate", "price", "tax"): a noun taken for a verb cuts a subject.
    "adopt", "amend", "appeal", "approve", "arrange", "assess", "assist", "assume", "attempt", "authorise",
    "authorize", "avoid", "award", "beat", "benefit", "blame", "boast", "borrow", "bounce", "breach",
    "brief", "broadcast", "calculate", "capture", "cease", "chase", "cheer", "claim", "clash", "clear",
    "climb", "coach", "collapse", "commission", "communicate", "compensate", "complain", "complete", "comply", "compose",
    "concentrate", "concern", "condemn", "confront", "consult", "contact", "convert", "convict", "convince", "cooperate",
    "coordinate", "correct", "crash", "criticise", "criticize", "cross", "cure", "damage", "debate", "declare",
    "decrease", "dedicate", "deepen", "defer", "delay", "delegate", "delete", "demolish", "demonstrate", "depart",
    "depend", "deport", "deposit", "deserve", "detain", "deteriorate", "determine", "devote", "differ", "direct",
    "disable", "disagree", "disappear", "discharge", "disclose", "dispatch", "dispose", "dissolve", "distribute", "divert",
    "divide", "donate", "doubt", "draft", "drain", "drown", "dump", "educate", "elect", "embrace",
    "emphasise", "emphasize", "enact", "encounter", "encourage", "endorse", "enforce", "enhance", "enlarge", "enrich",
    "enrol", "enroll", "equip", "erupt", "escalate", "escape", "evacuate", "evaluate", "evolve", "exchange",
    "exclude", "execute", "exercise", "exist", "expand", "expel", "explore", "expose", "extend", "extract",
    "finance", "flee", "forbid", "forget", "forgive", "fulfil", "fulfill", "glance", "greet", "guarantee",
    "hang", "heal", "hesitate", "hide", "hope", "illustrate", "imagine", "implement", "imprison", "incorporate",
    "indicate", "infect", "inherit", "initiate", "injure", "inspect", "inspire", "instruct", "insure", "integrate",
    "intend", "interpret", "interrupt", "interview", "invent", "justify", "kidnap", "lend", "listen", "locate",
    "loosen", "marry", "mention", "merge", "migrate", "mobilise", "mobilize", "modify", "monitor", "mount",
    "murder", "narrow", "nominate", "notify", "oblige", "occupy", "offend", "omit", "outperform", "overcome",
    "oversee", "overtake", "owe", "participate", "permit", "persuade", "please", "plunge", "possess", "postpone",
    "pour", "practise", "pray", "preach", "precede", "prefer", "present", "preside", "pretend", "prevail",
    "prioritise", "privatise", "proceed", "proclaim", "prohibit", "prolong", "pronounce", "prosecute", "protest", "provoke",
    "purchase", "pursue", "qualify", "quit", "reach", "react", "realise", "realize", "reassure", "rebuild",
    "recall", "receive", "reckon", "recommend", "reconsider", "recruit", "rectify", "recycle", "redeem", "redirect",
    "refer", "refine", "reflect", "reform", "refuse", "regain", "register", "regulate", "rehearse", "reinforce",
    "reiterate", "reject", "relate", "relax", "relieve", "relocate", "remember", "remind", "renew", "renovate",
    "reopen", "repair", "repay", "repeal", "repeat", "rescue", "resemble", "reserve", "reside", "resist",
    "respect", "restrict", "resume", "retire", "retreat", "retrieve", "revise", "revive", "revoke", "rob",
    "rotate", "satisfy", "scare", "select", "separate", "settle", "shrink", "sing", "skip", "solve",
    "stabilise", "steal", "steer", "stimulate", "stir", "struggle", "subsidise", "subsidize", "substitute", "summon",
    "supervise", "suppose", "surpass", "surprise", "surrender", "surround", "suspect", "sustain", "swear", "sweep",
    "swim", "terminate", "testify", "thank", "tolerate", "transfer", "transform", "translate", "transmit", "transport",
    "tumble", "undergo", "underline", "undermine", "undertake", "unite", "unlock", "uphold", "urge", "vaccinate",
    "vanish", "vary", "verify", "veto", "violate", "warm", "weaken", "widen", "worsen",
    // Biographies: "weighs 220 lbs", "graduated in 1998", "emigrated to".
    "weigh", "graduate", "divorce", "emigrate", "immigrate", "burn", "triple",
    // Instructions: "Fill in the form".
    "fill",
};

struct Irregular {
  std::string_view base, third, past, participle, gerund;
};
constexpr Irregular kIrregular[] = {
    {"become", "becomes", "became", "become", "becoming"},
    {"begin", "begins", "began", "begun", "beginning"},
    {"break", "breaks", "broke", "broken", "breaking"},
    {"bring", "brings", "brought", "brought", "bringing"},
    {"build", "builds", "built", "built", "building"},
    {"burst", "bursts", "burst", "burst", "bursting"},
    {"buy", "buys", "bought", "bought", "buying"},
    {"choose", "chooses", "chose", "chosen", "choosing"},
    {"come", "comes", "came", "come", "coming"},
    {"cost", "costs", "cost", "cost", "costing"},
    {"cut", "cuts", "cut", "cut", "cutting"},
    {"deal", "deals", "dealt", "dealt", "dealing"},
    {"draw", "draws", "drew", "drawn", "drawing"},
    {"drive", "drives", "drove", "driven", "driving"},
    {"fall", "falls", "fell", "fallen", "falling"},
    {"feel", "feels", "felt", "felt", "feeling"},
    {"fight", "fights", "fought", "fought", "fighting"},
    {"find", "finds", "found", "found", "finding"},
    {"give", "gives", "gave", "given", "giving"},
    {"go", "goes", "went", "gone", "going"},
    {"grow", "grows", "grew", "grown", "growing"},
    {"have", "has", "had", "had", "having"},
    {"hear", "hears", "heard", "heard", "hearing"},
    {"hit", "hits", "hit", "hit", "hitting"},
    {"hold", "holds", "held", "held", "holding"},
    {"hurt", "hurts", "hurt", "hurt", "hurting"},
    {"keep", "keeps", "kept", "kept", "keeping"},
    {"know", "knows", "knew", "known", "knowing"},
    {"lead", "leads", "led", "led", "leading"},
    {"leave", "leaves", "left", "left", "leaving"},
    {"lose", "loses", "lost", "lost", "losing"},
    {"make", "makes", "made", "made", "making"},
    {"meet", "meets", "met", "met", "meeting"},
    {"pay", "pays", "paid", "paid", "paying"},
    {"read", "reads", "read", "read", "reading"},
    {"rise", "rises", "rose", "risen", "rising"},
    {"run", "runs", "ran", "run", "running"},
    {"say", "says", "said", "said", "saying"},
    {"see", "sees", "saw", "seen", "seeing"},
    {"seek", "seeks", "sought", "sought", "seeking"},
    {"sell", "sells", "sold", "sold", "selling"},
    {"send", "sends", "sent", "sent", "sending"},
    {"set", "sets", "set", "set", "setting"},
    {"shut", "shuts", "shut", "shut", "shutting"},
    {"speak", "speaks", "spoke", "spoken", "speaking"},
    {"spend", "spends", "spent", "spent", "spending"},
    {"spread", "spreads", "spread", "spread", "spreading"},
    {"stand", "stands", "stood", "stood", "standing"},
    {"strike", "strikes", "struck", "struck", "striking"},
    {"take", "takes", "took", "taken", "taking"},
    {"teach", "teaches", "taught", "taught", "teaching"},
    {"tell", "tells", "told", "told", "telling"},
    {"understand", "understands", "understood", "understood", "understanding"},
    {"win", "wins", "won", "won", "winning"},
    {"withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing"},
    {"write", "writes", "wrote", "written", "writing"},
    {"think", "thinks", "thought", "thought", "thinking"},
    {"beat", "beats", "beat", "beaten", "beating"},
    {"broadcast", "broadcasts", "broadcast", "broadcast", "broadcasting"},
    {"flee", "flees", "fled", "fled", "fleeing"},
    {"forbid", "forbids", "forbade", "forbidden", "forbidding"},
    {"forget", "forgets", "forgot", "forgotten", "forgetting"},
    {"forgive", "forgives", "forgave", "forgiven", "forgiving"},
    {"hang", "hangs", "hung", "hung", "hanging"},
    {"hide", "hides", "hid", "hidden", "hiding"},
    {"lend", "lends", "lent", "lent", "lending"},
    {"overcome", "overcomes", "overcame", "overcome", "overcoming"},
    {"oversee", "oversees", "oversaw", "overseen", "overseeing"},
    {"overtake", "overtakes", "overtook", "overtaken", "overtaking"},
    {"quit", "quits", "quit", "quit", "quitting"},
    {"shrink", "shrinks", "shrank", "shrunk", "shrinking"},
    {"sing", "sings", "sang", "sung", "singing"},
    {"steal", "steals", "stole", "stolen", "stealing"},
    {"swear", "swears", "swore", "sworn", "swearing"},
    {"sweep", "sweeps", "swept", "swept", "sweeping"},
    {"swim", "swims", "swam", "swum", "swimming"},
    {"undergo", "undergoes", "underwent", "undergone", "undergoing"},
    {"undertake", "undertakes", "undertook", "undertaken", "undertaking"},
    {"uphold", "upholds", "upheld", "upheld", "upholding"},
    // Common in histories and biographies: "the ship sank", "workers dug".
    {"arise", "arises", "arose", "arisen", "arising"},
    {"bear", "bears", "bore", "born", "bearing"},
    {"bite", "bites", "bit", "bitten", "biting"},
    {"catch", "catches", "caught", "caught", "catching"},
    {"dig", "digs", "dug", "dug", "digging"},
    {"eat", "eats", "ate", "eaten", "eating"},
    {"feed", "feeds", "fed", "fed", "feeding"},
    {"fly", "flies", "flew", "flown", "flying"},
    {"freeze", "freezes", "froze", "frozen", "freezing"},
    {"get", "gets", "got", "gotten", "getting"},
    {"lay", "lays", "laid", "laid", "laying"},
    {"mean", "means", "meant", "meant", "meaning"},
    {"mislead", "misleads", "misled", "misled", "misleading"},
    {"overthrow", "overthrows", "overthrew", "overthrown", "overthrowing"},
    {"put", "puts", "put", "put", "putting"},
    {"rebuild", "rebuilds", "rebuilt", "rebuilt", "rebuilding"},
    {"ride", "rides", "rode", "ridden", "riding"},
    {"ring", "rings", "rang", "rung", "ringing"},
    {"rewrite", "rewrites", "rewrote", "rewritten", "rewriting"},
    {"shake", "shakes", "shook", "shaken", "shaking"},
    {"shoot", "shoots", "shot", "shot", "shooting"},
    {"sink", "sinks", "sank", "sunk", "sinking"},
    {"sit", "sits", "sat", "sat", "sitting"},
    {"sleep", "sleeps", "slept", "slept", "sleeping"},
    {"slide", "slides", "slid", "slid", "sliding"},
    {"spin", "spins", "spun", "spun", "spinning"},
    {"stick", "sticks", "stuck", "stuck", "sticking"},
    {"swing", "swings", "swung", "swung", "swinging"},
    {"tear", "tears", "tore", "torn", "tearing"},
    {"throw", "throws", "threw", "thrown", "throwing"},
    {"wake", "wakes", "woke", "woken", "waking"},
    {"wear", "wears", "wore", "worn", "wearing"},
    {"withstand", "withstands", "withstood", "withstood", "withstanding"},
};

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

std::string third_person_of(std::string_view base) {
  std::string s(base);
  if (s.ends_with("s") || s.ends_with("sh") || s.ends_with("ch") || s.ends_with("x") ||
      s.ends_with("z") || s.ends_with("o")) {
    return s + "es";
  }
  if (s.size() > 1 && s.back() == 'y' && !is_vowel(s[s.size() - 2])) {
    return s.substr(0, s.size() - 1) + "ies";
  }
  return s + "s";
}

// Doubles a final consonant after a single stressed vowel ("ban" -> "bann-");
// only for short verbs, where the stress is certain.
bool doubles_final_consonant(std::string_view s) {
  if (s.size() < 3 || s.size() > 4) return false;
  const char last = s.back();
  if (is_vowel(last) || last == 'w' || last == 'x' || last == 'y') return false;
  return is_vowel(s[s.size() - 2]) && !is_vowel(s[s.size() - 3]);
}

std::string past_of(std::string_view base) {
  std::string s(base);
  if (s.ends_with("e")) return s + "d";
  if (s.size() > 1 && s.back() == 'y' && !is_vowel(s[s.size() - 2])) {
    return s.substr(0, s.size() - 1) + "ied";
  }
  if (doubles_final_consonant(s)) return s + s.back() + "ed";
  return s + "ed";
}

std::string gerund_of(std::string_view base) {
  std::string s(base);
  if (s.ends_with("ie")) return s.substr(0, s.size() - 2) + "ying";
  if (s.ends_with("e") && !s.ends_with("ee")) return s.substr(0, s.size() - 1) + "ing";
  if (doubles_final_consonant(s)) return s + s.back() + "ing";
  return s + "ing";
}

class VerbTable {
 public:
  VerbTable() {
    for (const Irregular& verb : kIrregular) {
      add(verb.base, VerbForm::base);
      add(verb.third, VerbForm::third_person);
      add(verb.past, VerbForm::past);
      add(verb.participle, VerbForm::past);
      add(verb.gerund, VerbForm::gerund);
      pasts_.emplace(std::string(verb.gerund), std::string(verb.past));
    }
    for (std::string_view base : kVerbs) {
      if (forms_.count(std::string(base)) != 0) continue;  // irregular, done above
      add(base, VerbForm::base);
      add(third_person_of(base), VerbForm::third_person);
      add(past_of(base), VerbForm::past);
      add(gerund_of(base), VerbForm::gerund);
      pasts_.emplace(gerund_of(base), past_of(base));
    }
  }

  std::string_view past_of_gerund(std::string_view gerund) const {
    const auto it = pasts_.find(gerund);
    return it == pasts_.end() ? std::string_view() : std::string_view(it->second);
  }

  VerbForm find(std::string_view lower) const {
    const auto it = forms_.find(lower);
    return it == forms_.end() ? VerbForm::none : it->second;
  }

  const std::unordered_map<std::string, VerbForm, TransparentHash, std::equal_to<>>& forms() const { return forms_; }

 private:
  // The first form registered wins: "found" is the past of "find" before it
  // is the base of "found".
  void add(std::string_view word, VerbForm form) { forms_.emplace(std::string(word), form); }

  std::unordered_map<std::string, VerbForm, TransparentHash, std::equal_to<>> forms_;
  // "forming" -> "formed", "leaving" -> "left"; the first registered wins.
  std::unordered_map<std::string, std::string, TransparentHash, std::equal_to<>> pasts_;
};

// Words ending in "-ed" / "-ing" that are not verb forms.
const WordSet kNotPastTense = {"need", "feed", "seed", "speed", "indeed", "breed", "bed",
                               "red", "shed", "greed", "hundred", "wed", "embed", "sacred",
                               "naked", "wicked", "rugged", "ragged", "kindred"};
const WordSet kNotGerund = {
    "during", "thing", "something", "nothing", "anything", "everything", "king", "ring",
    "string", "spring", "morning", "evening", "ceiling", "wedding", "sibling", "pudding",
    "bring", "sing", "wing", "swing", "sting", "bling", "viking", "darling", "including",
    "according", "regarding", "concerning", "notwithstanding", "pending", "beijing", "ping",
    "interesting", "outstanding", "ongoing", "following"};

bool in(const WordSet& set, std::string_view word) { return set.find(word) != set.end(); }

}  // namespace

namespace {
const VerbTable& verb_table() {
  static const VerbTable table;
  return table;
}
}  // namespace

std::string_view simple_past_of_gerund(std::string_view lower) { return verb_table().past_of_gerund(lower); }

bool is_invariant_past(std::string_view lower) {
  for (const Irregular& verb : kIrregular) {
    if (verb.base == lower) return verb.past == verb.base;
  }
  return false;
}

bool is_simple_past_only(std::string_view lower) {
  static const WordSet pasts = [] {
    WordSet set;
    for (const Irregular& verb : kIrregular) {
      if (verb.past != verb.participle) set.insert(verb.past);
    }
    for (const Irregular& verb : kIrregular) set.erase(verb.participle);
    return set;
  }();
  return in(pasts, lower);
}

VerbForm verb_form(std::string_view lower) {
  const VerbForm known = verb_table().find(lower);
  if (known != VerbForm::none) return known;
  if (lower.size() > 4 && lower.ends_with("ed") && !in(kNotPastTense, lower)) return VerbForm::past;
  if (lower.size() > 5 && lower.ends_with("ing") && !in(kNotGerund, lower)) return VerbForm::gerund;
  return VerbForm::none;
}

const WordSet k_is_auxiliary_words = {"is",    "are",   "was",   "were",  "be",    "been", "being",
                                "am",    "has",   "have",  "had",   "do",    "does", "did",
                                "will",  "would", "shall", "should", "can",  "could", "may",
                                "might", "must",  "isn't", "aren't", "wasn't", "weren't",
                                "hasn't", "haven't", "hadn't", "doesn't", "didn't", "won't",
                                "wouldn't", "can't", "cannot", "couldn't", "shouldn't", "mustn't"};

bool is_auxiliary(std::string_view lower) { return in(k_is_auxiliary_words, lower); }

std::string_view agreeing_auxiliary(std::string_view subject, std::string_view lower) {
  // "Tipper and I have four children": "I" keeps "have"; "Barbara and I
  // were" gives "I was"; "You and Tom have a plan" keeps every form.
  if (subject == "you" || subject == "we" || subject == "they") return lower;
  if (subject == "i") {
    if (lower == "are") return "am";
    if (lower == "were") return "was";
    if (lower == "weren't") return "wasn't";
    return lower;
  }
  return singular_auxiliary(lower);
}

std::string_view singular_auxiliary(std::string_view lower) {
  if (lower == "have") return "has";
  if (lower == "are") return "is";
  if (lower == "were") return "was";
  if (lower == "haven't") return "hasn't";
  if (lower == "aren't") return "isn't";
  if (lower == "weren't") return "wasn't";
  return lower;
}

const WordSet k_is_determiner_words = {"the",   "a",    "an",   "this",    "that",  "these", "those",
                                "both",  "each", "every", "either", "neither", "some", "any",
                                "no",    "all",  "many", "several", "few",   "most",  "its",
                                "their", "his",  "her",  "our",     "my",    "your",  "another",
                                "other", "such"};

bool is_determiner(std::string_view lower) { return in(k_is_determiner_words, lower); }

const WordSet k_is_preposition_words = {
      "in",     "on",      "at",      "by",      "for",     "with",    "without", "of",
      "from",   "to",      "into",    "onto",    "over",    "under",   "about",   "against",
      "between", "among",  "amid",    "through", "throughout", "during", "after", "before",
      "since",  "until",   "within",  "across",  "along",   "around",  "behind",  "beyond",
      "despite", "toward", "towards", "upon",    "via",     "per",     "like",    "near",
      "off",    "out",     "up",      "down",    "following", "including", "according",
      "regarding", "concerning", "than", "as"};

bool is_preposition(std::string_view lower) { return in(k_is_preposition_words, lower); }

const WordSet k_is_pronoun_words = {"i",    "me",   "my",    "we",   "us",    "our",  "you",
                                "your", "he",   "him",   "his",  "she",   "her",  "it",
                                "its",  "they", "them",  "their", "theirs", "itself",
                                "themselves", "himself", "herself", "this", "that", "these",
                                "those"};

bool is_pronoun(std::string_view lower) { return in(k_is_pronoun_words, lower); }

const WordSet k_is_adverb_of_degree_or_time_words = {
      "long",     "also",      "repeatedly", "recently", "already", "still",   "never",
      "often",    "always",    "later",      "once",     "jointly", "formally", "officially",
      "publicly", "reportedly", "allegedly", "previously", "since", "now",     "then",
      "further",  "again",     "first",      "finally",  "quickly", "largely", "partly",
      "widely",   "strongly",  "successfully", "eventually", "subsequently", "initially",
      "not",      "just",      "even",       "only",     "nearly",  "almost",  "sharply",
      "steadily", "slightly",  "significantly", "apparently", "reluctantly", "openly",
      "afterwards", "afterward", "yesterday", "earlier", "today", "tonight", "privately", "last"};

bool is_adverb_of_degree_or_time(std::string_view lower) { return in(k_is_adverb_of_degree_or_time_words, lower); }

const WordSet k_is_discourse_marker_words = {
      "however", "moreover", "furthermore", "additionally", "meanwhile", "nevertheless",
      "nonetheless", "still",  "also",      "indeed",       "instead",   "consequently",
      "therefore", "thus",   "hence",     "similarly",    "likewise",  "notably",
      "importantly", "overall", "finally",  "first",        "second",    "third",
      "firstly",   "secondly", "lastly",  "besides",      "yet",       "then",
      "ultimately", "crucially", "separately", "elsewhere", "today",     "now",
      "so",        "but",     "and",      "anyway",       "accordingly", "alternatively",
      "conversely", "incidentally", "specifically", "generally", "typically", "historically"};

bool is_discourse_marker(std::string_view lower) { return in(k_is_discourse_marker_words, lower); }

const WordSet k_opens_frame_words = {"in",      "on",     "at",     "during", "after",  "before",
                                "since",   "following", "by",  "until",  "throughout",
                                "over",    "within", "from",   "amid",   "under",  "when",
                                "as",      "once",   "upon",   "across", "between", "while",
                                "if",      "unless", "for",    "last",   "earlier", "later",
                                "this",    "that",   "two",    "three",  "several", "that"};

bool opens_frame(std::string_view lower) { return in(k_opens_frame_words, lower); }

const WordSet k_opens_concession_words = {"despite", "although", "though", "notwithstanding", "whereas",
                                "even"};

bool opens_concession(std::string_view lower) { return in(k_opens_concession_words, lower); }

const WordSet k_is_attribution_verb_words = {
      "said",     "says",     "say",       "told",      "tells",     "stated",   "states",
      "claimed",  "claims",   "claim",     "argued",    "argues",    "argue",    "believe",
      "believes", "believed", "think",     "thinks",    "thought",   "noted",    "notes",
      "added",    "adds",     "reported",  "reports",   "announced", "announces", "estimated",
      "estimates", "estimate", "warned",   "warns",     "warn",      "insisted", "insists",
      "acknowledged", "acknowledges", "confirmed", "confirms", "denied", "denies",
      "explained", "explains", "wrote",    "writes",    "testified", "alleged",  "alleges",
      "contended", "contends", "maintain", "maintains", "predicted", "predicts", "predict",
      "fear",     "fears",    "feared",    "hope",      "hopes",     "hoped",    "concluded",
      "concludes", "found",   "find",      "finds",     "admitted",  "admits",   "recalled",
      "recalls",  "emphasised", "emphasized", "stressed", "stresses", "suspect", "suspects",
      "suspected", "cautioned", "cautions", "caution", "doubt",  "doubts",    "doubted",
      "agree",    "agrees",   "conceded",  "concedes",  "worry",     "worries",  "worried",
      "complained", "complain", "complains", "accept", "accepts", "accepted"};

bool is_attribution_verb(std::string_view lower) { return in(k_is_attribution_verb_words, lower); }

const WordSet k_is_inference_verb_words = {"suggest", "suggests", "suggested", "indicate", "indicates",
                                "indicated", "imply", "implies", "implied", "signal",
                                "signals", "signalled", "signaled", "hint", "hints", "hinted"};

bool is_inference_verb(std::string_view lower) { return in(k_is_inference_verb_words, lower); }

const WordSet k_cardinal_words = {"two",     "three",    "four",     "five",    "six",     "seven",  "eight",
                                  "nine",    "ten",      "eleven",   "twelve",  "thirteen", "fifteen", "twenty",
                                  "thirty",  "forty",    "fifty",    "sixty",   "seventy", "eighty", "ninety",
                                  "hundred", "thousand", "million",  "billion", "dozen",   "dozens"};

bool is_cardinal_word(std::string_view lower) { return in(k_cardinal_words, lower); }

const WordSet k_no_person_words = {
    "of",          "the",          "storm",         "hurricane", "typhoon",   "cyclone",          "university",    "school",   "college",   "institute", "academy",
    "museum",      "hospital",     "council",       "ministry", "department", "award",    "awards",
    "party",       "club",         "church",        "company",  "corporation", "bank",    "foundation",
    "association", "society",      "league",        "union",    "committee", "office",    "agency",
    "court",       "group",        "team",          "centre",   "center",    "station",   "airport",
    "festival",    "championship", "championships", "games",    "cup",       "olympics",  "prize",
    "series",      "records",      "house",         "street",   "river",     "city",      "county",
    "state",       "states",       "republic",      "kingdom",  "army",      "navy",      "police",
    "act",         "law",          "bill",          "treaty",   "plan",      "program",   "programme",
    "agreement",   "report",       "fund",          "trust",    "project",   "system"};

bool names_no_person(std::string_view lower) { return in(k_no_person_words, lower); }

const WordSet k_country_names = {
    "afghanistan", "albania", "algeria", "andorra", "angola", "argentina", "armenia", "australia", "austria",
    "azerbaijan", "bahamas", "bahrain", "bangladesh", "barbados", "belarus", "belgium", "belize", "benin",
    "bhutan", "bolivia", "bosnia", "botswana", "brazil", "brunei", "bulgaria", "burkina", "burundi",
    "cambodia", "cameroon", "canada", "chad", "chile", "china", "colombia", "comoros", "congo", "croatia",
    "cuba", "cyprus", "czechia", "denmark", "djibouti", "dominica", "ecuador", "egypt", "eritrea", "estonia",
    "eswatini", "ethiopia", "fiji", "finland", "france", "gabon", "gambia", "georgia", "germany", "ghana",
    "greece", "grenada", "guatemala", "guinea", "guyana", "haiti", "honduras", "hungary", "iceland", "india",
    "indonesia", "iran", "iraq", "ireland", "israel", "italy", "jamaica", "japan", "jordan", "kazakhstan",
    "kenya", "kiribati", "kosovo", "kuwait", "kyrgyzstan", "laos", "latvia", "lebanon", "lesotho", "liberia",
    "libya", "liechtenstein", "lithuania", "luxembourg", "madagascar", "malawi", "malaysia", "maldives",
    "mali", "malta", "mauritania", "mauritius", "mexico", "micronesia", "moldova", "monaco", "mongolia",
    "montenegro", "morocco", "mozambique", "myanmar", "namibia", "nauru", "nepal", "netherlands",
    "nicaragua", "niger", "nigeria", "norway", "oman", "pakistan", "palau", "palestine", "panama",
    "paraguay", "peru", "philippines", "poland", "portugal", "qatar", "romania", "russia", "rwanda", "samoa",
    "senegal", "serbia", "seychelles", "singapore", "slovakia", "slovenia", "somalia", "spain", "sudan",
    "suriname", "sweden", "switzerland", "syria", "taiwan", "tajikistan", "tanzania", "thailand", "togo",
    "tonga", "tunisia", "turkey", "turkmenistan", "tuvalu", "uganda", "ukraine", "uruguay", "uzbekistan",
    "vanuatu", "venezuela", "vietnam", "yemen", "zambia", "zimbabwe", "britain", "england", "scotland",
    "wales", "america", "north korea", "south korea", "south africa", "south sudan", "new zealand",
    "saudi arabia", "sri lanka", "united states", "united kingdom", "united arab emirates", "costa rica",
    "el salvador", "sierra leone", "ivory coast", "east timor", "papua new guinea", "czech republic",
    "dominican republic", "central african republic", "north macedonia", "cape verde", "great britain",
    "soviet union", "east germany", "west germany"};

bool is_country_name(std::string_view lower) { return in(k_country_names, lower); }

const WordSet k_person_role_words = {
    "lawyer",     "solicitor",  "barrister", "attorney",  "prosecutor", "defendant", "witness",
    "candidate",  "challenger", "incumbent", "councillor", "mp",        "deputy",    "politician",
    "father",     "mother",     "son",       "daughter",  "wife",       "husband",   "brother",
    "sister",     "widow",      "widower",   "grandson",  "granddaughter", "grandfather",
    "grandmother", "uncle",     "aunt",      "nephew",    "niece",      "cousin",    "partner",
    "owner",      "co-founder", "chef",      "farmer",    "fisherman",  "miller",    "baker",
    "stonemason", "blacksmith", "ironmonger", "merchant",
    "teacher",    "headteacher", "pupil",    "student",   "nurse",      "doctor",    "surgeon",
    "scientist",  "researcher", "economist", "historian", "curator",    "engineer",  "architect",
    "author",     "writer",     "novelist",  "poet",      "artist",     "painter",   "sculptor",
    "composer",   "singer",     "musician",  "actor",     "actress",    "journalist", "editor",
    "ranger",     "ecologist",  "biologist", "geologist", "physicist",  "chemist",   "astronomer",
    "inspector",  "detective",  "constable", "sergeant",  "analyst",   "consultant",
    "striker",    "midfielder", "defender",  "goalkeeper", "winger",    "runner",    "cyclist",
    "athlete",    "driver",     "pilot",     "landlord",  "landlady",   "tenant",    "resident",
    "volunteer",  "campaigner", "activist",  "spokesman", "spokeswoman", "spokesperson",
    "headmaster", "headmistress", "principal", "lecturer", "vicar",     "priest",    "bishop",
    "entrepreneur", "investor", "shopkeeper", "publican", "carpenter",  "plumber",   "mechanic",
    "substitute", "forward",    "rookie",    "veteran",   "teenager",   "man",       "woman",
    "boy",        "girl",       "pensioner", "widow",     "survivor",   "victim",    "suspect"};

bool is_person_role(std::string_view lower) { return in(k_person_role_words, lower); }

const WordSet k_is_hedge_words = {
      "may",       "might",      "could",     "reportedly", "allegedly", "apparently",
      "possibly",  "probably",   "perhaps",   "likely",     "unlikely",  "seemingly",
      "supposedly", "purportedly", "presumably", "arguably", "seems",    "seem",
      "seemed",    "appears",    "appear",    "appeared",   "suspected", "alleged",
      "rumoured",  "rumored",    "unconfirmed", "estimated", "roughly",  "approximately",
      "about",     "around",     "nearly"};

bool is_hedge(std::string_view lower) { return in(k_is_hedge_words, lower); }

const WordSet k_is_collective_predicate_words = {
      "met",      "meet",     "meets",    "meeting",  "merged",   "merge",    "merges",
      "merging",  "discussed", "discuss", "discusses", "agreed",  "agree",    "agrees",
      "signed",   "sign",     "signs",    "negotiated", "negotiate", "share", "shared",
      "shares",   "sharing",  "collaborated", "collaborate", "cooperated", "cooperate",
      "partnered", "competed", "compete", "fought",   "clashed",  "married",  "together",
      "jointly",  "mutual",   "each",     "one",      "between",  "combined", "combine",
      "joined",   "formed",   "forming",  "form",     "allied",   "talked",   "debated",
      "differ",   "differed", "disagree", "disagreed", "exchanged", "traded", "tied",
      "drew",     "co-founded", "cofounded", "founded", "established", "launched",
      "teamed",   "reunited", "shook",    "embraced"};

bool is_collective_predicate(std::string_view lower) { return in(k_is_collective_predicate_words, lower); }

const WordSet k_is_title_words = {
      "president", "vice", "prime", "minister", "leader", "chancellor", "secretary", "king",
      "queen",     "prince", "princess", "pope", "general", "gen", "gen.", "colonel", "captain",
      "dr",        "dr.",  "mr",     "mr.",    "mrs",    "mrs.", "ms",   "ms.",   "prof",
      "prof.",     "professor", "senator", "sen.", "sen",  "governor", "gov.", "mayor",
      "judge",     "justice", "ambassador", "chairman", "chairwoman", "chair", "ceo",
      "chief",     "executive", "director", "spokesman", "spokeswoman", "spokesperson",
      "coach",     "manager", "officer", "commander", "founder", "foreign", "defence",
      "defense",   "finance", "health", "then", "former", "new", "supreme", "representative",
      "rep.",      "lord",  "sir",   "dame",   "saint",  "st.",  "emperor", "empress", "sultan",
      "sheikh",    "ayatollah", "premier", "speaker", "head"};

bool is_title(std::string_view lower) { return in(k_is_title_words, lower); }

const WordSet k_is_vague_source_words = {
      "analysts",  "experts",   "critics",  "observers", "officials", "sources",  "people",
      "scientists", "researchers", "commentators", "insiders", "diplomats", "economists",
      "historians", "residents", "witnesses", "others",  "some",      "many",     "reports",
      "studies",   "supporters", "opponents", "activists", "authorities", "investors",
      "scholars",  "doctors",   "specialists", "campaigners", "locals", "insiders",
      "watchers",  "pundits",   "skeptics", "sceptics",  "someone",   "observers",
      "spokesperson", "spokesman", "spokeswoman", "official", "source", "expert",
      "analyst",   "insider",   "diplomat", "person",    "individuals", "colleagues", "neighbours", "neighbors",
      "fans",      "voters",    "farmers",  "retailers", "shareholders"};

bool is_vague_source(std::string_view lower) { return in(k_is_vague_source_words, lower); }

const WordSet k_is_evaluative_words = {
      "uncertain",   "unclear",    "complex",   "complicated", "evolving",  "nuanced",
      "multifaceted", "interesting", "fascinating", "remarkable", "important", "crucial",
      "vital",       "essential",  "significant", "good",       "bad",       "great",
      "terrible",    "wonderful",  "awful",     "excellent",   "poor",      "best",
      "worst",       "unknown",    "debatable", "questionable", "promising", "troubling",
      "concerning",  "worrying",   "alarming",  "encouraging", "disappointing", "impressive",
      "delicate",    "fragile",    "precarious", "murky",      "opaque",    "ambiguous",
      "tenuous",     "unprecedented", "inevitable", "doubtful", "dynamic",  "intricate",
      // judgements of policies and plans
      "unaffordable", "unrealistic", "unfair",   "unacceptable", "excessive", "reckless",
      "irresponsible", "misguided", "flawed",    "unsustainable", "unworkable", "pointless"};

bool is_evaluative(std::string_view lower) { return in(k_is_evaluative_words, lower); }

// The WordKind lists (see english_lexicon.h).
const WordSet k_ordinal_words = {"first", "second", "third", "fourth", "fifth", "last", "next", "final", "latest"};
const WordSet k_subordinator_words = {"before", "after", "when", "while", "until", "as", "because", "since", "once"};
const WordSet k_interrogative_words = {"what", "whatever", "why", "how", "however", "whoever", "whichever",
                                      "wherever", "whenever"};
const WordSet k_inverting_speech_verb_words = {
    "said",     "says",       "added",     "adds",     "wrote",    "writes",     "noted",      "explained",
    "explains", "warned",     "warns",     "insisted", "insists",  "recalled",   "recalls",    "argued",
    "argues",   "concluded",  "acknowledged", "admitted", "cautioned", "stressed", "emphasised", "emphasized",
    "claimed",  "declared",   "announced", "continued", "asked",   "replied",    "observed",   "remarked",
    "conceded", "confirmed"};
const WordSet k_speech_gerund_words = {"adding", "saying", "noting", "warning", "insisting", "stressing", "arguing"};
const WordSet k_catenative_verb_words = {
    "refused", "refuses",  "refuse",    "agreed",   "agrees",   "agree",      "wanted",     "wants",
    "want",    "decided",  "decides",   "decide",   "planned",  "plans",      "plan",       "hoped",
    "hopes",   "tried",    "tries",     "try",      "failed",   "fails",      "declined",   "declines",
    "offered", "offers",   "promised",  "promises", "chose",    "intended",   "intends",    "sought",
    "managed", "attempted", "threatened", "vowed",  "pledged",  "expects",    "expected"};
const WordSet k_owning_verb_words = {"has",      "had",      "owns",   "owned", "employs", "employed", "operates",
                                     "operated", "runs",     "sells",  "sold",  "offers",  "offered",  "makes",
                                     "produces", "produced", "serves", "manages", "managed"};
const WordSet k_place_participle_words = {"based",       "located", "headquartered", "founded",
                                          "established", "listed",  "owned",         "registered"};
const WordSet k_weekday_or_month_words = {
    "monday",  "tuesday",  "wednesday", "thursday", "friday",    "saturday", "sunday",
    "january", "february", "march",     "april",    "may",       "june",     "july",
    "august",  "september", "october",  "november", "december"};
// Titles as they stand before a surname ("Mr Tolland", "Inspector
// Tolland"): narrower than k_is_title_words in one way (no "leader",
// "chief", "new") and wider in another (police and council ranks).
const WordSet k_honorific_words = {
    "mr",      "mr.",       "mrs",      "mrs.",     "ms",      "ms.",       "dr",         "dr.",
    "prof",    "prof.",     "professor", "president", "senator", "sen.",     "governor",   "gov.",
    "mayor",   "judge",     "justice",  "sir",      "dame",    "lord",      "lady",       "captain",
    "coach",   "inspector", "sergeant", "detective", "councillor", "minister", "chancellor"};
// The k_is_title_words that also open the names of places and firms.
const WordSet k_title_opening_names_words = {"new",     "former", "then",    "foreign", "defence",
                                             "defense", "finance", "health", "vice",    "prime",
                                             "supreme", "general", "saint",  "st.",     "head"};

// Verbs, by what the decomposer's rules do with them.
const WordSet k_not_participle_words = {"including", "according", "following", "regarding", "concerning", "excluding",
                                        "compared",  "given",     "based",     "particularly", "especially",
                                        "depending"};
const WordSet k_past_as_base_words = {"cut",  "put",    "set",  "reset", "hit",   "let",  "shut", "spread",
                                      "cost", "quit",   "split", "cast", "hurt",  "upset", "bid", "broadcast"};
const WordSet k_reported_participle_words = {"expected", "believed", "thought",  "said",      "reported",
                                             "alleged",  "rumoured", "rumored",  "understood", "estimated",
                                             "claimed",  "considered", "feared", "suspected"};
const WordSet k_naming_verb_words = {"called", "calls",    "described", "describes", "dubbed",
                                     "branded", "labelled", "labeled",  "hailed"};
const WordSet k_recommendation_verb_words = {"recommend", "recommends", "recommended", "urge",    "urges",
                                             "urged",     "advise",     "advises",     "advised", "propose",
                                             "proposes",  "proposed"};
const WordSet k_belief_verb_words = {"believe", "believes", "believed", "think",    "thinks",    "thought",
                                     "feel",    "feels",    "felt",     "hope",     "hopes",     "hoped",
                                     "fear",    "fears",    "feared",   "suspect",  "suspects",  "suspected",
                                     "doubt",   "doubts",   "doubted",  "worry",    "worries",   "worried"};
const WordSet k_change_verb_words = {"rose",    "risen",   "fell",   "fallen", "climbed", "grew",    "grown",
                                     "increased", "decreased", "dropped", "jumped", "declined", "slipped",
                                     "gained",  "surged",  "soared", "plunged", "slumped", "eased",  "edged",
                                     "reached", "stood",   "hit",    "was",    "were",    "is",      "are"};
const WordSet k_rarely_passive_verb_words = {
    "worked",  "moved",     "lived",     "died",     "studied",   "attended",  "served",    "played",
    "returned", "retired",  "graduated", "emigrated", "immigrated", "appeared", "started",  "joined",
    "remained", "continued", "performed", "competed", "travelled", "traveled", "married",   "settled",
    "stayed"};
const WordSet k_list_verb_words = {"include", "includes", "included", "comprise", "comprises", "comprised"};

// Nouns that stand for named things. A pair of names can stand behind the
// group nouns ("both countries", "the two companies"); facilities ("the two
// plants") are left out, since a document rarely names both.
const WordSet k_pair_group_noun_words = {
    "countries", "nations",   "sides",      "states",   "governments", "companies", "firms",
    "groups",    "teams",     "parties",    "organisations", "organizations", "clubs", "banks",
    "cities",    "agencies",  "regions",    "powers",   "neighbours", "neighbors", "allies",
    "rivals",    "towns",     "ports",      "villages", "islands",    "provinces", "universities",
    "airlines",  "carriers",  "unions",     "republics", "kingdoms"};
const WordSet k_pair_person_noun_words = {"leaders",    "men",         "women",      "presidents", "ministers",
                                          "executives", "politicians", "candidates", "players",    "scientists",
                                          "researchers", "officials",  "founders"};
// The group nouns for organisations; the others name places, countries or sides.
const WordSet k_organisation_group_noun_words = {"companies", "firms",    "groups", "banks",    "airlines",
                                                 "carriers",  "unions",   "networks", "clubs",  "teams",
                                                 "agencies",  "organisations", "organizations", "universities",
                                                 "parties"};
const WordSet k_organisation_head_words = {
    "union",     "association", "federation", "council",   "society", "institute",      "department", "board",
    "trust",     "commission",  "committee",  "authority", "agency",  "administration", "service",    "museum",
    "university", "college",    "party",      "office",    "executive", "alliance",     "foundation"};
const WordSet k_firm_name_end_words = {
    "group",    "foods",  "inc",     "inc.",    "corp",   "corp.",   "corporation", "ltd",    "ltd.",
    "plc",      "ag",     "ab",      "sa",      "co",     "co.",     "company",     "bank",   "holdings",
    "airlines", "airways", "motors", "technologies", "semiconductors", "industries", "partners", "systems",
    "energy",   "pharmaceuticals", "labs", "media", "fc", "united", "capital", "ventures", "investments",
    "biosciences", "therapeutics", "pharma", "logistics", "freight", "robotics", "telecom", "mining", "shipping",
    "rovers", "athletic", "wanderers", "albion", "rangers"};
const WordSet k_party_name_end_words = {"party",    "democrats",   "alliance",   "front",    "league",  "movement",
                                        "republicans", "conservatives", "socialists", "liberals", "greens"};
const WordSet k_place_name_end_words = {"reef",   "river",  "sea",    "ocean",  "island", "islands", "mountain",
                                        "mountains", "lake", "bridge", "station", "canal", "street",  "park",
                                        "bay",    "valley", "forest", "desert", "coast",  "road"};
const WordSet k_institution_noun_words = {
    "canal",    "bridge",     "river",    "museum",    "railway",    "station",   "reef",    "crater",
    "province", "university", "hospital", "school",    "council",    "committee", "agency",  "airport",
    "harbour",  "harbor",     "lake",     "cathedral", "parliament", "institute", "college", "library",
    "theatre",  "theater",    "stadium",  "tunnel",    "dam",        "island",    "mountain", "valley"};
const WordSet k_organisation_noun_words = {
    "company",   "firm",    "group",    "bank",     "business",   "carrier",      "retailer", "startup",
    "automaker", "carmaker", "chipmaker", "drugmaker", "steelmaker", "maker",     "manufacturer",
    "operator",  "insurer", "lender",   "club",     "team",       "agency",       "ministry", "council",
    "government", "university", "city"};
const WordSet k_business_noun_words = {"company",  "firm",     "maker",     "manufacturer", "retailer",
                                       "carrier",  "insurer",  "lender",    "startup",      "automaker",
                                       "business", "producer", "supplier",  "chain",        "operator",
                                       "group",    "carmaker", "chipmaker", "drugmaker",    "steelmaker"};
const WordSet k_document_noun_words = {"report", "study",     "survey", "paper",     "analysis", "audit",
                                       "review", "poll",      "census", "statement", "letter",   "filing",
                                       "document", "memo",    "assessment", "investigation"};
const WordSet k_quantity_noun_words = {"lot",      "lots", "number", "couple", "few",     "handful",
                                       "majority", "host", "range",  "variety", "dozen",  "series"};
const WordSet k_time_unit_words = {"year",    "years",    "month",   "months",  "week",      "weeks",
                                   "day",     "days",     "hour",    "hours",   "decade",    "decades",
                                   "centuries", "century", "ago",    "later",   "earlier",   "minutes",
                                   "season",  "seasons",  "nights",  "weekends", "summers",  "winters"};
const WordSet k_irregular_plural_words = {"people",   "children",  "men",    "women", "police",
                                          "bacteria", "criteria",  "phenomena", "cattle", "mice"};
const WordSet k_result_participle_words = {"ending",   "killing",  "injuring", "leaving",  "bringing",  "causing",
                                           "forcing",  "prompting", "sparking", "triggering", "raising", "pushing",
                                           "sending",  "cutting",  "wiping",   "taking"};
const WordSet k_lowercase_named_noun_words = {
    "drug",    "medicine", "vaccine", "compound", "molecule", "virus",    "bacterium",  "species", "pill",
    "chemical", "pesticide", "herbicide", "enzyme", "protein", "gene",   "antibiotic", "antibody", "fungus",
    "painkiller", "treatment", "therapy", "mineral", "parasite"};
const WordSet k_stance_word_words = {
    "remain",    "remains",   "remained",  "question",   "questions",  "questioned", "remember",  "remembers",
    "remembered", "accuse",   "accuses",   "accused",    "oppose",     "opposes",    "opposed",   "disagree",
    "disagrees", "disagreed", "criticise", "criticises", "criticised", "criticize",  "criticizes", "criticized",
    "thought",   "think",     "thinks",    "persuaded",  "convinced",  "unconvinced", "divided",  "sceptical",
    "skeptical", "wary"};
// (Only nouns no other kind of kNamedThingHead in decomposer.cpp holds:
// "union", "board", "club", "school" ... are organisation or institution
// nouns already.)
const WordSet k_named_thing_noun_words = {
    "commissioner", "probe", "senate", "fellowship", "band", "bill", "act", "treaty", "prize", "award", "cup",
    "festival", "base", "court", "tribunal", "fund", "bureau", "network", "academy", "clinic", "gallery",
    "centre", "center", "hall", "church", "abbey", "castle", "palace", "tower", "port", "telescope",
    "satellite", "spacecraft", "ship", "vessel", "rover", "tournament", "championship", "programme",
    "program", "scheme", "project", "developer", "edition", "orchestra", "choir", "newspaper", "magazine",
    "mine", "plant", "factory", "works", "brewery", "mill", "farm", "estate", "airline", "cooperative",
    "co-operative", "charity", "prison", "barracks"};
const WordSet k_speech_noun_words = {"interview", "speech", "remarks", "briefing", "email", "post", "broadcast"};
const WordSet k_hearsay_hedge_words = {"reportedly", "allegedly", "reputedly", "purportedly", "supposedly"};

// Words of names and around names.
const WordSet k_abbreviated_title_words = {"dr",  "mr",  "mrs", "ms",  "prof", "st",  "rev",
                                           "gen", "sen", "rep", "gov", "capt", "col", "lt"};
const WordSet k_name_particle_words = {"y",  "de", "da",  "di",  "del", "van", "von", "der",
                                       "den", "la", "le", "bin", "ibn", "al",  "el",  "du"};
const WordSet k_joined_name_start_words = {"bosnia", "trinidad", "antigua", "procter", "johnson", "marks",
                                           "st",     "saint",    "turks",   "heard",   "jammu"};
const WordSet k_place_preposition_words = {"in",     "at",         "from",   "to",  "near",    "into",  "across",
                                           "outside", "throughout", "around", "via", "towards", "toward"};
const WordSet k_distributive_preposition_words = {"on", "in", "to", "from", "with", "against", "at", "into"};
const WordSet k_not_imperative_words = {"inside", "outside",  "beneath",    "below",  "above",  "unlike", "beside",
                                        "besides", "amongst", "alongside",  "underneath", "except", "unless",
                                        "whether", "if",      "once",       "whilst", "yesterday", "today",
                                        "tomorrow"};

namespace {

// FNV-1a: inline and cheap for the short words of a sentence.
std::uint64_t word_hash(std::string_view w) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (const char c : w) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
  return h;
}

// Every word the lexicon knows, with its classes and verb form: one probe of
// an open-addressing table per token instead of a lookup per word set.
class WordTable {
 public:
  WordTable() {
    const std::pair<const WordSet*, std::uint32_t> sets[] = {
        {&k_is_auxiliary_words, k_is_auxiliary},
        {&k_is_determiner_words, k_is_determiner},
        {&k_is_preposition_words, k_is_preposition},
        {&k_is_pronoun_words, k_is_pronoun},
        {&k_is_adverb_of_degree_or_time_words, k_is_adverb_of_degree_or_time},
        {&k_is_discourse_marker_words, k_is_discourse_marker},
        {&k_opens_frame_words, k_opens_frame},
        {&k_opens_concession_words, k_opens_concession},
        {&k_is_attribution_verb_words, k_is_attribution_verb},
        {&k_is_inference_verb_words, k_is_inference_verb},
        {&k_is_hedge_words, k_is_hedge},
        {&k_is_collective_predicate_words, k_is_collective_predicate},
        {&k_is_title_words, k_is_title},
        {&k_is_vague_source_words, k_is_vague_source},
        {&k_is_evaluative_words, k_is_evaluative},
    };
    // Words whose answer differs from "no class, form by suffix": every
    // classed word, every verb form the verb table knows, and the "-ed" and
    // "-ing" words that are not verb forms.
    std::unordered_map<std::string, WordInfo> known;
    for (const auto& [set, bit] : sets) {
      for (std::string_view word : *set) known[std::string(word)].classes |= bit;
    }
    for (std::string_view word : k_cardinal_words) known[std::string(word)].cardinal = true;
    const std::pair<const WordSet*, std::uint64_t> kinds[] = {
        {&k_ordinal_words, k_ordinal},
        {&k_subordinator_words, k_subordinator},
        {&k_catenative_verb_words, k_catenative_verb},
        {&k_owning_verb_words, k_owning_verb},
        {&k_place_participle_words, k_place_participle},
        {&k_weekday_or_month_words, k_weekday_or_month},
        {&k_honorific_words, k_honorific},
        {&k_title_opening_names_words, k_title_opening_names},
        {&k_interrogative_words, k_interrogative},
        {&k_inverting_speech_verb_words, k_inverting_speech_verb},
        {&k_speech_gerund_words, k_speech_gerund},
        {&k_not_participle_words, k_not_participle},
        {&k_past_as_base_words, k_past_as_base},
        {&k_reported_participle_words, k_reported_participle},
        {&k_naming_verb_words, k_naming_verb},
        {&k_recommendation_verb_words, k_recommendation_verb},
        {&k_belief_verb_words, k_belief_verb},
        {&k_change_verb_words, k_change_verb},
        {&k_rarely_passive_verb_words, k_rarely_passive_verb},
        {&k_list_verb_words, k_list_verb},
        {&k_pair_group_noun_words, k_pair_group_noun},
        {&k_pair_person_noun_words, k_pair_person_noun},
        {&k_organisation_group_noun_words, k_organisation_group_noun},
        {&k_organisation_head_words, k_organisation_head},
        {&k_firm_name_end_words, k_firm_name_end},
        {&k_party_name_end_words, k_party_name_end},
        {&k_place_name_end_words, k_place_name_end},
        {&k_institution_noun_words, k_institution_noun},
        {&k_organisation_noun_words, k_organisation_noun},
        {&k_business_noun_words, k_business_noun},
        {&k_document_noun_words, k_document_noun},
        {&k_quantity_noun_words, k_quantity_noun},
        {&k_time_unit_words, k_time_unit},
        {&k_irregular_plural_words, k_irregular_plural},
        {&k_abbreviated_title_words, k_abbreviated_title},
        {&k_name_particle_words, k_name_particle},
        {&k_joined_name_start_words, k_joined_name_start},
        {&k_place_preposition_words, k_place_preposition},
        {&k_distributive_preposition_words, k_distributive_preposition},
        {&k_not_imperative_words, k_not_imperative},
        {&k_result_participle_words, k_result_participle},
        {&k_lowercase_named_noun_words, k_lowercase_named_noun},
        {&k_stance_word_words, k_stance_word},
        {&k_named_thing_noun_words, k_named_thing_noun},
        {&k_speech_noun_words, k_speech_noun},
        {&k_hearsay_hedge_words, k_hearsay_hedge},
    };
    for (const auto& [set, bit] : kinds) {
      for (std::string_view word : *set) known[std::string(word)].kinds |= bit;
    }
    for (const auto& [word, form] : verb_table().forms()) known.try_emplace(word);
    for (const WordSet* exceptions : {&kNotPastTense, &kNotGerund}) {
      for (std::string_view word : *exceptions) known.try_emplace(std::string(word));
    }
    // The same answer verb_form gives, suffix rules included ("alleged").
    for (auto& [word, info] : known) info.form = verb_form(word);
    std::size_t capacity = 16;
    while (capacity < known.size() * 3) capacity *= 2;
    mask_ = capacity - 1;
    entries_.resize(capacity);
    for (auto& [word, info] : known) {
      std::size_t at = word_hash(word) & mask_;
      while (!entries_[at].word.empty()) at = (at + 1) & mask_;
      entries_[at] = Entry{word, info};
    }
  }

  const WordInfo* find(std::string_view word) const {
    for (std::size_t at = word_hash(word) & mask_;; at = (at + 1) & mask_) {
      const Entry& entry = entries_[at];
      if (entry.word.empty()) return nullptr;
      if (entry.word == word) return &entry.info;
    }
  }

 private:
  struct Entry {
    std::string word;  // empty: a free slot
    WordInfo info;
  };
  std::vector<Entry> entries_;
  std::size_t mask_ = 0;
};

}  // namespace

WordInfo word_info(std::string_view lower) {
  static const WordTable table;
  if (lower.empty()) return WordInfo{};
  if (const WordInfo* known = table.find(lower)) return *known;
  // Unknown words: only verb_form's suffix rules apply (the table holds
  // every verb form and every exception to the rules).
  WordInfo info;
  if (lower.size() > 4 && lower.ends_with("ed")) {
    info.form = VerbForm::past;
  } else if (lower.size() > 5 && lower.ends_with("ing")) {
    info.form = VerbForm::gerund;
  }
  return info;
}

}  // namespace claimcheck::english
