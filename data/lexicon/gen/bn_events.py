#!/usr/bin/env python3
"""Writes data/lexicon/bn/events.tsv: Bengali event triggers, from the lemma tables below.

Bengali news reports most events with a noun and a light verb: হামলা চালিয়েছে (carried out an
attack), নিন্দা জানিয়েছে (condemned), বৈঠক করেছেন (held a meeting), মুক্তি দিয়েছে (released).
Each row of EVENTS is a trigger (a noun, or a noun phrase) and, optionally, the light verb it
takes; the generator writes the trigger alone and the trigger with each past, present and
progressive form of its light verb (with a gap of up to three words for the specific verbs). The future (করবে, দেবে) and negative (করেনি) forms are left
out on purpose: they are `aux.tsv` cues that stand right after the trigger, which a verb-final
language's event stage reads as the event's mode (a trigger that swallowed them would hide them).

Case endings (-এর, -কে, -এ, -তে, -য়), plurals and the particles ও/ই are declared as affixes in
data/lang/bn/language.toml, so হামলা also matches হামলার, হামলায়, হামলাটি.

Columns written: pattern, type, mode, context, voice, cameo, weight, target (format:
data/lexicon/README.md). Written for dyad from Bengali grammar and news usage (MIT); the CAMEO
codes are those of the CAMEO codebook.

Run:  python3 data/lexicon/gen/bn_events.py
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "bn", "events.tsv")

# Past, present and progressive forms of the light verbs (no future, negative, infinitive or
# conditional form). A stem* stands for the perfect (করেছে, করেছেন, করেছিল, করেছিলেন), which no
# future or negative form shares.
LIGHT = {
    "কর": ["করেছ*", "করেন", "করে", "করল", "করলো", "করলেন", "করছ*"],
    "দে": ["দিয়েছ*", "দেন", "দেয়", "দিল", "দিলো", "দিলেন", "দিচ্ছ*"],
    "নে": ["নিয়েছ*", "নেন", "নেয়", "নিল", "নিলো", "নিলেন", "নিচ্ছ*"],
    "চালা": ["চালিয়েছ*", "চালায়", "চালান", "চালাল", "চালালো", "চালালেন", "চালাচ্ছ*"],
    "জানা": ["জানিয়েছ*", "জানায়", "জানান", "জানাল", "জানালো", "জানালেন", "জানাচ্ছ*"],
    "হ": ["হয়েছ*", "হয়", "হন", "হল", "হলো", "হলেন", "হচ্ছ*"],
    "তোল": ["তুলেছ*", "তোলে", "তোলেন", "তুলল", "তুললো", "তুললেন"],
    "আন": ["এনেছ*", "আনে", "আনেন", "আনল", "আনলো", "আনলেন"],
    "পাঠা": ["পাঠিয়েছ*", "পাঠায়", "পাঠান", "পাঠাল", "পাঠালো", "পাঠালেন"],
    "চা": ["চেয়েছ*", "চায়", "চান", "চাইল", "চাইলো", "চাইলেন"],
    "ঘটা": ["ঘটিয়েছ*", "ঘটায়", "ঘটান", "ঘটাল", "ঘটালো"],
    "বস": ["বসেছ*", "বসেন", "বসে", "বসল", "বসলো", "বসলেন"],
    "ছোড়": ["ছুড়েছ*", "ছুঁড়েছ*", "ছোড়ে", "ছোড়েন", "ছুড়ল", "ছুড়লো"],
    "দেখা": ["দেখিয়েছ*", "দেখায়", "দেখান", "দেখাল", "দেখালো", "দেখালেন"],
    "পৌঁছা": ["পৌঁছেছ*", "পৌঁছায়", "পৌঁছান", "পৌঁছাল", "পৌঁছালো"],
    "যা": ["গেছ*", "গিয়েছ*", "যান", "যায়", "গেলেন", "গেল", "গেলো"],
    "আস": ["এসেছ*", "আসেন", "আসে", "এলেন", "এল", "এলো"],
    "ছাড়": ["ছেড়েছ*", "ছাড়েন", "ছাড়ে", "ছাড়ল", "ছাড়লো", "ছাড়লেন"],
    "পা": ["পেয়েছ*", "পান", "পায়", "পেল", "পেলো", "পেলেন"],
    "মার": ["মেরেছ*", "মারে", "মারল", "মারলো"],
    # পড়া after a converb (জড়িয়ে পড়েছে: got drawn into); ফেলা after one (মেরে ফেলেছে: killed);
    # নামানো (সেনা নামিয়েছে: brought the army out onto the streets).
    "পড়": ["পড়েছ*", "পড়েন", "পড়ল", "পড়লো", "পড়লেন"],
    "ফেল": ["ফেলেছ*", "ফেলেন", "ফেলল", "ফেললো", "ফেললেন"],
    "নামা": ["নামিয়েছ*", "নামায়", "নামান", "নামাল", "নামালো", "নামালেন"],
    # ঝোলানো (hang): ফাঁসিতে ঝুলিয়েছে, ফাঁসিতে ঝোলানো হয়েছে (was hanged).
    "ঝোলা": ["ঝুলিয়েছ*", "ঝোলায়", "ঝোলান", "ঝোলাল", "ঝোলালো"],
    "প্রকাশ কর": ["প্রকাশ করেছ*", "প্রকাশ করেন", "প্রকাশ করে", "প্রকাশ করল", "প্রকাশ করলো", "প্রকাশ করলেন"],
}

# The conjunctive participle (অসমাপিকা ক্রিয়া) chains a first act to the clause's finite verb
# with the same subject: "হাইকমিশনারকে তলব করে প্রতিবাদ জানিয়েছে" (summoned the high
# commissioner and protested), "হামলা চালিয়ে … ধ্বংস করেছে", "আহ্বান জানিয়ে অভিযোগ করেছে".
# Each is an act of its own. করে is already a form above (it is also the present). Not নিয়ে
# ("about") nor হয়ে ("as, via"), which are mostly postpositions.
CONVERBS = {
    "দে": ["দিয়ে"], "চালা": ["চালিয়ে"], "জানা": ["জানিয়ে"], "পাঠা": ["পাঠিয়ে"], "তোল": ["তুলে"],
    "আন": ["এনে"], "ঘটা": ["ঘটিয়ে"], "দেখা": ["দেখিয়ে"], "নামা": ["নামিয়ে"], "ফেল": ["ফেলে"],
    "ছোড়": ["ছুড়ে", "ছুঁড়ে"], "ডাক": ["ডেকে"],
}
for _v, _fs in CONVERBS.items():
    if _v in LIGHT:
        LIGHT[_v] = LIGHT[_v] + _fs

# The passive: the verbal noun of the light verb and a past or present form of হওয়া (গ্রেপ্তার
# করা হয়েছে "was arrested", মৃত্যুদণ্ড দেওয়া হয়েছে "was sentenced to death", হামলা চালানো
# হয় "an attack was carried out", আহ্বান জানানো হয়েছে). The one acted on is the subject or
# keeps its object ending -কে; the doer, when named, takes দ্বারা/কর্তৃক or "X-এর পক্ষ থেকে".
# The future (করা হবে) is the aux cue হবে after the trigger, as for the active.
VERBAL_NOUN = {
    "কর": ["করা"], "দে": ["দেওয়া", "দেয়া"], "নে": ["নেওয়া", "নেয়া"], "চালা": ["চালানো"],
    "জানা": ["জানানো"], "তোল": ["তোলা"], "আন": ["আনা"], "পাঠা": ["পাঠানো"], "ঘটা": ["ঘটানো"],
    "দেখা": ["দেখানো"], "ছোড়": ["ছোড়া", "ছোঁড়া"], "নামা": ["নামানো"], "ফেল": ["ফেলা"], "ঝোলা": ["ঝোলানো"],
    "ডাক": ["ডাকা"],
    "ঘোষণা কর": ["ঘোষণা করা"], "জারি কর": ["জারি করা"], "প্রকাশ কর": ["প্রকাশ করা"],
}
PASSIVE_AUX = ["হয়েছ*", "হয়", "হল", "হলো", "হচ্ছ*"]

# Verbs specific enough to be looked for a few words after their noun.
# A visit's place stands between the visit noun and its verb of motion (সফরে ঢাকায় পৌঁছেছেন,
# সফরে ভারতে গেছেন), and a goal between an agreement noun and পৌঁছানো.
GAP_VERBS = {"চালা", "পাঠা", "ছোড়", "ঘটা", "দেখা", "পৌঁছা", "যা", "আস"}

# trigger, light verb ("" = the trigger alone), type, mode, context, voice alone, voice with the
# verb, cameo, weight alone ("" = not alone), weight with the verb, target cases with the verb.
# `alone` is the trigger without a verb (a noun: its actors stand around it); with the verb the
# subject is the source. A light-verb construction whose object takes the genitive (ইসরায়েলের
# নিন্দা জানিয়েছে: condemned Israel) names `of` as its target.
E = []


def ev(trigger, verb, typ, mode="", ctx="", alone_voice="noun", verb_voice="active", cameo="",
       alone=0.0, with_verb=0.0, target="", alone_target=""):
    E.append((trigger, verb, typ, mode, ctx, alone_voice, verb_voice, cameo, alone, with_verb,
              target, alone_target))


# ---------------------------------------------------------------- CONSULT
ev("বৈঠক", "কর", "CONSULT", cameo="040", alone=0.75, with_verb=0.9, verb_voice="recip")
ev("বৈঠকে", "বস", "CONSULT", cameo="040", with_verb=0.9, verb_voice="recip")
ev("দ্বিপক্ষীয় বৈঠক", "", "CONSULT", cameo="040", alone=0.9)
ev("ত্রিপক্ষীয় বৈঠক", "", "CONSULT", "multilateral", cameo="040", alone=0.9)
ev("শীর্ষ বৈঠক", "", "CONSULT", "multilateral", cameo="040", alone=0.9)
ev("শীর্ষ সম্মেলন", "", "CONSULT", "multilateral", cameo="040", alone=0.9)
ev("সম্মেলন", "", "CONSULT", "multilateral", cameo="040", alone=0.55)
ev("সীমান্ত সম্মেলন", "", "CONSULT", "", "territory", cameo="040", alone=0.85, alone_voice="recip")
ev("পররাষ্ট্রসচিব পর্যায়ের বৈঠক", "", "CONSULT", "", "diplomatic", cameo="040", alone=0.9, alone_voice="recip")
ev("সাক্ষাৎ", "কর", "CONSULT", cameo="040", alone=0.8, with_verb=0.9, verb_voice="recip")
ev("সৌজন্য সাক্ষাৎ", "কর", "CONSULT", cameo="040", alone=0.9, with_verb=0.95, verb_voice="recip")
ev("আলোচনা", "কর", "CONSULT", cameo="040", alone=0.7, with_verb=0.85, verb_voice="recip")
ev("আলোচনায়", "বস", "CONSULT", cameo="040", with_verb=0.85, verb_voice="recip")
ev("সংলাপ", "", "CONSULT", cameo="040", alone=0.75)
ev("মতবিনিময়", "কর", "CONSULT", cameo="040", alone=0.8, with_verb=0.85, verb_voice="recip")
ev("পরামর্শ সভা", "", "CONSULT", cameo="040", alone=0.8)
ev("বৈঠকের আয়োজন", "কর", "CONSULT", cameo="040", alone=0.8, with_verb=0.85, verb_voice="recip")
ev("সফর", "কর", "CONSULT", "visit", cameo="042", alone=0.8, with_verb=0.9)
ev("সফরে", "যা", "CONSULT", "visit", cameo="042", with_verb=0.9)
ev("সফরে", "আস", "CONSULT", "visit", cameo="042", with_verb=0.9)
ev("রাষ্ট্রীয় সফর", "", "CONSULT", "visit", cameo="042", alone=0.95)
ev("সরকারি সফর", "", "CONSULT", "visit", cameo="042", alone=0.9)
ev("পরিদর্শন", "কর", "CONSULT", "visit", cameo="042", alone=0.55, with_verb=0.7)
ev("অভ্যর্থনা", "জানা", "CONSULT", "visit", cameo="043", alone=0.5, with_verb=0.75)
ev("আতিথ্য", "দে", "CONSULT", "visit", cameo="043", alone=0.5, with_verb=0.8)
ev("ফোনালাপ", "কর", "CONSULT", "phone", cameo="041", alone=0.9, with_verb=0.95, verb_voice="recip")
ev("টেলিফোনে কথা", "বল", "CONSULT", "phone", cameo="041", alone=0.9, verb_voice="recip")
ev("ফোনে কথা", "বল", "CONSULT", "phone", cameo="041", alone=0.9, verb_voice="recip")
ev("টেলিফোন আলাপ", "", "CONSULT", "phone", cameo="041", alone=0.9)
ev("ভিডিও কনফারেন্স", "", "CONSULT", "phone", cameo="041", alone=0.85)
ev("ভার্চুয়াল বৈঠক", "", "CONSULT", "phone", cameo="041", alone=0.9)
ev("মধ্যস্থতা", "কর", "CONSULT", "third-party", "diplomatic", cameo="045", alone=0.75, with_verb=0.85)
ev("শান্তি আলোচনা", "", "CONSULT", "", "diplomatic", cameo="046", alone=0.9)
ev("আলোচনার টেবিলে", "বস", "CONSULT", "", "diplomatic", cameo="046", with_verb=0.85, verb_voice="recip")

# ---------------------------------------------------------------- AGREE
ev("রাজি", "হ", "AGREE", cameo="030", alone=0.7, with_verb=0.85, alone_voice="active", verb_voice="recip")
ev("সম্মত", "হ", "AGREE", cameo="030", alone=0.75, with_verb=0.9, alone_voice="active", verb_voice="recip")
ev("সম্মতি", "দে", "AGREE", cameo="030", alone=0.6, with_verb=0.85)
ev("একমত", "হ", "AGREE", cameo="030", alone=0.75, with_verb=0.9, alone_voice="recip", verb_voice="recip")
ev("ঐকমত্য", "", "AGREE", cameo="030", alone=0.75, alone_voice="recip")
ev("ঐকমত্যে", "পৌঁছা", "AGREE", cameo="030", with_verb=0.9, verb_voice="recip")
ev("সমঝোতায়", "পৌঁছা", "AGREE", "", "diplomatic", cameo="030", with_verb=0.95, verb_voice="recip")
ev("চুক্তিতে", "পৌঁছা", "AGREE", "", "diplomatic", cameo="030", with_verb=0.95, verb_voice="recip")
ev("চুক্তি", "", "AGREE", cameo="030", alone=0.55)
ev("সমঝোতা", "", "AGREE", cameo="030", alone=0.55)
ev("প্রত্যাবাসন চুক্তি", "", "AGREE", "", "migration", cameo="030", alone=0.8)
ev("প্রতিশ্রুতি", "দে", "AGREE", cameo="030", alone=0.75, with_verb=0.9)
ev("অঙ্গীকার", "কর", "AGREE", cameo="030", alone=0.75, with_verb=0.9)
ev("আশ্বাস", "দে", "AGREE", cameo="030", alone=0.7, with_verb=0.85)
ev("প্রস্তাব", "দে", "AGREE", cameo="030", alone=0.45, with_verb=0.75)
ev("আমন্ত্রণ", "জানা", "AGREE", "", "diplomatic", cameo="036", alone=0.65, with_verb=0.8)
ev("সহযোগিতা বাড়াতে", "", "AGREE", cameo="030", alone=0.6, alone_voice="recip")
ev("সহযোগিতা জোরদারে", "", "AGREE", cameo="030", alone=0.6, alone_voice="recip")
ev("সম্পর্ক জোরদারে", "", "AGREE", cameo="030", alone=0.6, alone_voice="recip")

# ---------------------------------------------------------------- SUPPORT
ev("প্রশংসা", "কর", "SUPPORT", "", "diplomatic", cameo="051", alone=0.8, with_verb=0.9, target="of,object")
ev("সাধুবাদ", "জানা", "SUPPORT", "", "diplomatic", cameo="051", alone=0.8, with_verb=0.9, target="object,of")
ev("অভিনন্দন", "জানা", "SUPPORT", "", "diplomatic", cameo="051", alone=0.8, with_verb=0.9)
ev("ধন্যবাদ", "জানা", "SUPPORT", "", "diplomatic", cameo="051", alone=0.75, with_verb=0.85)
ev("কৃতজ্ঞতা", "জানা", "SUPPORT", "", "diplomatic", cameo="051", alone=0.75, with_verb=0.85)
ev("স্বাগত", "জানা", "SUPPORT", "", "diplomatic", cameo="051", alone=0.55, with_verb=0.7)
ev("সমর্থন", "দে", "SUPPORT", "", "diplomatic", cameo="051", alone=0.5, with_verb=0.75)
ev("সমর্থন", "জানা", "SUPPORT", "", "diplomatic", cameo="051", with_verb=0.75)
ev("সংহতি", "প্রকাশ কর", "SUPPORT", "", "diplomatic", cameo="051", alone=0.6, with_verb=0.8)
ev("শোক", "প্রকাশ কর", "SUPPORT", "", "diplomatic", cameo="018", alone=0.55, with_verb=0.85)
ev("সমবেদনা", "জানা", "SUPPORT", "", "diplomatic", cameo="018", alone=0.8, with_verb=0.9)
ev("ক্ষমা", "চা", "CONCEDE", "", "diplomatic", cameo="055", with_verb=0.9)
ev("দুঃখ প্রকাশ", "কর", "CONCEDE", "", "diplomatic", cameo="055", alone=0.55, with_verb=0.7)
ev("স্বীকৃতি", "দে", "SUPPORT", "", "diplomatic", cameo="054", alone=0.65, with_verb=0.95)
ev("কূটনৈতিক সম্পর্ক স্থাপন", "কর", "SUPPORT", "", "diplomatic", cameo="054", alone=0.9, with_verb=0.95, verb_voice="recip", alone_voice="recip")
ev("সই", "কর", "SUPPORT", "", "diplomatic", cameo="057", alone=0.75, with_verb=0.9, alone_voice="recip", verb_voice="recip")
ev("স্বাক্ষর", "কর", "SUPPORT", "", "diplomatic", cameo="057", alone=0.8, with_verb=0.9, alone_voice="recip", verb_voice="recip")
ev("চুক্তি সই", "", "SUPPORT", "", "diplomatic", cameo="057", alone=0.95, alone_voice="recip")
ev("চুক্তি স্বাক্ষর", "", "SUPPORT", "", "diplomatic", cameo="057", alone=0.95, alone_voice="recip")
ev("সমঝোতা স্মারক", "", "SUPPORT", "", "diplomatic", cameo="057", alone=0.8, alone_voice="recip")
ev("সমঝোতা স্মারক সই", "", "SUPPORT", "", "diplomatic", cameo="057", alone=0.95, alone_voice="recip")
ev("অনুমোদন", "দে", "SUPPORT", "", "diplomatic", cameo="057", alone=0.45, with_verb=0.6)

# ---------------------------------------------------------------- COOPERATE
ev("যৌথ সামরিক মহড়া", "", "COOPERATE", "", "military", cameo="062", alone=0.95, alone_voice="recip")
ev("যৌথ মহড়া", "", "COOPERATE", "", "military", cameo="062", alone=0.9, alone_voice="recip")
ev("যৌথ টহল", "", "COOPERATE", "", "military", cameo="062", alone=0.85, alone_voice="recip")
ev("সামরিক সহযোগিতা", "", "COOPERATE", "", "military", cameo="062", alone=0.5)
ev("প্রতিরক্ষা সহযোগিতা", "", "COOPERATE", "", "military", cameo="062", alone=0.5)
ev("অর্থনৈতিক সহযোগিতা", "", "COOPERATE", "", "economic", cameo="061", alone=0.45)
ev("বাণিজ্য চুক্তি", "", "COOPERATE", "", "economic", cameo="061", alone=0.6)
ev("বিনিয়োগ চুক্তি", "", "COOPERATE", "", "economic", cameo="061", alone=0.6)
ev("গোয়েন্দা তথ্য বিনিময়", "", "COOPERATE", "", "intelligence", cameo="064", alone=0.9, alone_voice="recip")
ev("তথ্য বিনিময়", "", "COOPERATE", "", "intelligence", cameo="064", alone=0.55, alone_voice="recip")
ev("প্রত্যর্পণ", "কর", "COOPERATE", "", "legal", cameo="063", alone=0.75, with_verb=0.85)
ev("বন্দি প্রত্যর্পণ চুক্তি", "", "COOPERATE", "", "legal", cameo="063", alone=0.9)
ev("সহযোগিতা", "", "COOPERATE", cameo="060", alone=0.4)

# ---------------------------------------------------------------- AID
ev("ত্রাণ", "পাঠা", "AID", "", "human_security", cameo="073", alone=0.75, with_verb=0.95)
ev("ত্রাণ সহায়তা", "দে", "AID", "", "human_security", cameo="073", alone=0.85, with_verb=0.95)
ev("মানবিক সহায়তা", "দে", "AID", "", "human_security", cameo="073", alone=0.85, with_verb=0.95)
ev("মানবিক সহায়তা", "পাঠা", "AID", "", "human_security", cameo="073", with_verb=0.95)
ev("সহায়তা", "দে", "AID", cameo="070", alone=0.5, with_verb=0.85)
ev("সহায়তা", "পাঠা", "AID", cameo="070", with_verb=0.9)
ev("সাহায্য", "কর", "AID", cameo="070", alone=0.5, with_verb=0.8)
ev("সাহায্য", "পাঠা", "AID", cameo="070", with_verb=0.9)
ev("অনুদান", "দে", "AID", "", "economic", cameo="071", alone=0.75, with_verb=0.9)
ev("ঋণ", "দে", "AID", "", "economic", cameo="071", alone=0.5, with_verb=0.85)
ev("ঋণ সহায়তা", "", "AID", "", "economic", cameo="071", alone=0.85)
ev("আর্থিক সহায়তা", "দে", "AID", "", "economic", cameo="071", alone=0.85, with_verb=0.9)
ev("বাজেট সহায়তা", "", "AID", "", "economic", cameo="071", alone=0.85)
ev("সামরিক সহায়তা", "দে", "AID", "", "military", cameo="072", alone=0.85, with_verb=0.9)
ev("অস্ত্র সরবরাহ", "কর", "AID", "", "military", cameo="072", alone=0.75, with_verb=0.85)
ev("টিকা উপহার", "দে", "AID", "", "health", cameo="073", alone=0.85, with_verb=0.9)
ev("আশ্রয়", "দে", "AID", "", "asylum", cameo="075", alone=0.45, with_verb=0.85)
ev("রাজনৈতিক আশ্রয়", "দে", "AID", "", "asylum", cameo="075", alone=0.8, with_verb=0.95)
ev("শান্তিরক্ষী", "পাঠা", "AID", "", "peacekeeping", cameo="074", with_verb=0.9)

# ---------------------------------------------------------------- CONCEDE
ev("ছাড়", "দে", "CONCEDE", cameo="080", with_verb=0.8)
ev("নিষেধাজ্ঞা প্রত্যাহার", "কর", "RETREAT", "ease", "economic", cameo="085", alone=0.85, with_verb=0.9)
ev("নিষেধাজ্ঞা তুলে", "নে", "RETREAT", "ease", "economic", cameo="085", with_verb=0.9)
ev("নিষেধাজ্ঞা শিথিল", "কর", "RETREAT", "ease", "economic", cameo="085", alone=0.8, with_verb=0.9)
ev("সাধারণ ক্ষমা", "ঘোষণা কর", "CONCEDE", "", "legal", cameo="080", alone=0.85, with_verb=0.9)
ev("যুদ্ধবিরতি ঘোষণা", "কর", "CONCEDE", "", "military", cameo="0871", alone=0.9, with_verb=0.95)
ev("কারফিউ প্রত্যাহার", "কর", "CONCEDE", "", "rights_freedoms", cameo="081", alone=0.85, with_verb=0.9)
ev("কারফিউ শিথিল", "কর", "CONCEDE", "", "rights_freedoms", cameo="081", alone=0.85, with_verb=0.9)
ev("মামলা প্রত্যাহার", "কর", "CONCEDE", "", "legal", cameo="080", alone=0.75, with_verb=0.85)
ev("দাবি মেনে", "নে", "CONCEDE", cameo="080", with_verb=0.85)

# ---------------------------------------------------------------- RETREAT
ev("সেনা প্রত্যাহার", "কর", "RETREAT", "withdraw", "military", cameo="0872", alone=0.9, with_verb=0.95)
ev("সৈন্য প্রত্যাহার", "কর", "RETREAT", "withdraw", "military", cameo="0872", alone=0.9, with_verb=0.95)
ev("সেনা সরিয়ে", "নে", "RETREAT", "withdraw", "military", cameo="0872", with_verb=0.9)
ev("সরিয়ে", "নে", "RETREAT", "withdraw", "military", cameo="0872", with_verb=0.6)
ev("মুক্তি", "দে", "RETREAT", "release", "legal", cameo="0841", alone=0.55, with_verb=0.9)
ev("মুক্তি", "পা", "RETREAT", "release", "legal", cameo="0841", with_verb=0.85, verb_voice="passive")
ev("ছেড়ে", "দে", "RETREAT", "release", "legal", cameo="0841", with_verb=0.6)
# Bail is a release from custody by a court: «আদালত X-কে জামিন দিয়েছে», «জামিন মঞ্জুর করেছে».
ev("জামিন", "দে", "RETREAT", "release", "legal", cameo="0841", with_verb=0.85)
ev("জামিন মঞ্জুর", "কর", "RETREAT", "release", "legal", cameo="0841", with_verb=0.9, target="of,object")
ev("বন্দিবিনিময়", "", "RETREAT", "release", "legal", cameo="0841", alone=0.95, alone_voice="recip")
ev("বন্দি বিনিময়", "", "RETREAT", "release", "legal", cameo="0841", alone=0.95, alone_voice="recip")
ev("জিম্মি মুক্তি", "", "RETREAT", "release", "legal", cameo="0841", alone=0.9)
ev("আত্মসমর্পণ", "কর", "RETREAT", "disarm", "military", cameo="0874", alone=0.8, with_verb=0.9)
ev("অস্ত্র সমর্পণ", "কর", "RETREAT", "disarm", "military", cameo="0874", alone=0.85, with_verb=0.9)
ev("যুদ্ধবিরতি", "", "RETREAT", "ceasefire", "military", cameo="0871", alone=0.6, alone_voice="recip")
ev("অস্ত্রবিরতি", "", "RETREAT", "ceasefire", "military", cameo="0871", alone=0.6, alone_voice="recip")
ev("যুদ্ধবিরতি কার্যকর", "হ", "RETREAT", "ceasefire", "military", cameo="0871", alone=0.85, with_verb=0.9, verb_voice="recip")
ev("পদত্যাগ", "কর", "RETREAT", "resign", "executive", cameo="", alone=0.85, with_verb=0.95)
ev("পদ", "ছাড়", "RETREAT", "resign", "executive", cameo="", with_verb=0.8)
ev("ক্ষমতা", "ছাড়", "RETREAT", "resign", "executive", cameo="", with_verb=0.85)
ev("মানবিক প্রবেশাধিকার", "দে", "RETREAT", "access", "human_security", cameo="0863", alone=0.8, with_verb=0.9)
ev("সীমান্ত খুলে", "দে", "RETREAT", "access", "migration", cameo="0863", with_verb=0.85)

# ---------------------------------------------------------------- REQUEST
ev("আহ্বান", "জানা", "REQUEST", cameo="020", alone=0.8, with_verb=0.9)
ev("অনুরোধ", "কর", "REQUEST", cameo="020", alone=0.75, with_verb=0.9)
ev("অনুরোধ", "জানা", "REQUEST", cameo="020", with_verb=0.9)
ev("আবেদন", "জানা", "REQUEST", cameo="020", alone=0.55, with_verb=0.85)
ev("তাগিদ", "দে", "REQUEST", cameo="020", alone=0.8, with_verb=0.9)
ev("দাবি", "জানা", "REQUEST", cameo="100", with_verb=0.85)
ev("দাবি", "তোল", "REQUEST", cameo="100", with_verb=0.8)
ev("চাপ", "দে", "REQUEST", cameo="100", alone=0.45, with_verb=0.75)
ev("সহায়তা", "চা", "REQUEST", "assist", cameo="021", with_verb=0.9)
ev("সাহায্য", "চা", "REQUEST", "assist", cameo="021", with_verb=0.9)
# Asked for someone back or handed over: ফেরত চেয়েছে, প্রত্যর্পণ চেয়েছে (sought the extradition).
ev("ফেরত", "চা", "REQUEST", "", "legal", cameo="020", with_verb=0.85, target="to")
ev("প্রত্যর্পণ", "চা", "REQUEST", "", "legal", cameo="020", with_verb=0.9, target="to")
ev("পদত্যাগের দাবি", "", "REQUEST", "change", "executive", cameo="1041", alone=0.95)
ev("মুক্তির দাবি", "", "REQUEST", "yield", "legal", cameo="1053", alone=0.9)
ev("মুক্তির আহ্বান", "", "REQUEST", "yield", "legal", cameo="1053", alone=0.9)
ev("যুদ্ধবিরতির আহ্বান", "", "REQUEST", "yield", "military", cameo="1056", alone=0.95)
ev("সেনা প্রত্যাহারের দাবি", "", "REQUEST", "yield", "military", cameo="1056", alone=0.95)
ev("প্রত্যাবাসনের আহ্বান", "", "REQUEST", "yield", "migration", cameo="1056", alone=0.85)
ev("আলোচনার আহ্বান", "", "REQUEST", "meet", "diplomatic", cameo="026", alone=0.9)
ev("সংলাপের আহ্বান", "", "REQUEST", "meet", "diplomatic", cameo="026", alone=0.9)

# ---------------------------------------------------------------- ACCUSE
ev("নিন্দা", "জানা", "ACCUSE", "disapprove", cameo="111", alone=0.85, with_verb=0.95, target="of,object")
ev("নিন্দা", "কর", "ACCUSE", "disapprove", cameo="111", with_verb=0.95, target="of,object")
ev("তীব্র নিন্দা", "জানা", "ACCUSE", "disapprove", cameo="111", alone=0.9, with_verb=0.95, target="of,object")
ev("সমালোচনা", "কর", "ACCUSE", "disapprove", cameo="111", alone=0.8, with_verb=0.9, target="of,object")
ev("উদ্বেগ", "প্রকাশ কর", "ACCUSE", "disapprove", cameo="111", with_verb=0.55,
   target="doer")
ev("গভীর উদ্বেগ", "প্রকাশ কর", "ACCUSE", "disapprove", cameo="111", alone=0.55, with_verb=0.6,
   target="doer", alone_target="doer")
ev("ক্ষোভ", "প্রকাশ কর", "ACCUSE", "disapprove", cameo="111", with_verb=0.7)
ev("প্রতিবাদ", "জানা", "ACCUSE", "disapprove", "diplomatic", cameo="114", with_verb=0.85, target="of,object")
ev("কড়া প্রতিবাদ", "জানা", "ACCUSE", "disapprove", "diplomatic", cameo="114", alone=0.85, with_verb=0.9, target="of,object")
ev("প্রতিবাদলিপি", "দে", "ACCUSE", "disapprove", "diplomatic", cameo="114", alone=0.9, with_verb=0.95)
ev("অভিযোগ", "কর", "ACCUSE", "allege", cameo="112", with_verb=0.9)
ev("অভিযোগ", "আন", "ACCUSE", "allege", cameo="112", with_verb=0.9)
ev("অভিযোগ", "তোল", "ACCUSE", "allege", cameo="112", with_verb=0.9)
ev("অভিযুক্ত", "কর", "ACCUSE", "allege", cameo="112", with_verb=0.9)
ev("দোষারোপ", "কর", "ACCUSE", "allege", cameo="112", alone=0.8, with_verb=0.9)
ev("দায়ী", "কর", "ACCUSE", "allege", cameo="112", with_verb=0.85)
ev("তলব", "কর", "ACCUSE", "allege", "diplomatic", cameo="114", alone=0.85, with_verb=0.9)
ev("মামলা", "কর", "ACCUSE", "allege", "legal", cameo="115", with_verb=0.8)
ev("মামলা দায়ের", "কর", "ACCUSE", "allege", "legal", cameo="115", alone=0.8, with_verb=0.85)
ev("গণহত্যার মামলা", "", "ACCUSE", "allege", "legal,human_rights", cameo="115", alone=0.9)
# "X-এর অভিযোগ": the genitive before অভিযোগ is what is alleged, not a separate event.
ev("গণহত্যার অভিযোগ", "আন", "ACCUSE", "allege", "human_rights", cameo="112", alone=0.85, with_verb=0.9)
ev("গণহত্যার অভিযোগ", "কর", "ACCUSE", "allege", "human_rights", cameo="112", with_verb=0.9)
ev("হামলার অভিযোগ", "কর", "ACCUSE", "allege", "", cameo="112", alone=0.8, with_verb=0.9)
ev("হত্যার অভিযোগ", "আন", "ACCUSE", "allege", "", cameo="112", alone=0.75, with_verb=0.9)
ev("নির্যাতনের অভিযোগ", "আন", "ACCUSE", "allege", "human_rights", cameo="112", alone=0.8, with_verb=0.9)
ev("হস্তক্ষেপের অভিযোগ", "কর", "ACCUSE", "allege", "", cameo="112", alone=0.8, with_verb=0.9)
ev("তদন্ত", "", "ACCUSE", "investigate", "", cameo="090", alone=0.5)
ev("তদন্ত শুরু", "কর", "ACCUSE", "investigate", "", cameo="090", alone=0.8, with_verb=0.85)
ev("তদন্তের নির্দেশ", "দে", "ACCUSE", "investigate", "", cameo="090", alone=0.8, with_verb=0.85)
ev("আখ্যা", "দে", "ACCUSE", "allege", "", cameo="112", with_verb=0.6)

# ---------------------------------------------------------------- REJECT
ev("প্রত্যাখ্যান", "কর", "REJECT", cameo="120", alone=0.85, with_verb=0.9)
ev("নাকচ", "কর", "REJECT", cameo="120", alone=0.85, with_verb=0.9)
ev("অস্বীকৃতি", "জানা", "REJECT", cameo="120", alone=0.8, with_verb=0.9)
ev("আপত্তি", "জানা", "REJECT", cameo="120", alone=0.65, with_verb=0.8)
ev("বিরোধিতা", "কর", "REJECT", cameo="120", alone=0.6, with_verb=0.75)
ev("ভেটো", "দে", "REJECT", "yield", "diplomatic", cameo="129", alone=0.85, with_verb=0.9)
ev("মানতে অস্বীকার", "কর", "REJECT", cameo="120", alone=0.9, with_verb=0.9)
ev("মেনে নেওয়া হবে না", "", "REJECT", cameo="120", alone=0.85, alone_voice="active")
ev("অগ্রহণযোগ্য", "", "REJECT", cameo="120", alone=0.8, alone_voice="active")
ev("সতর্ক", "কর", "REJECT", cameo="120", with_verb=0.4)

# ---------------------------------------------------------------- THREATEN
ev("হুমকি", "দে", "THREATEN", cameo="130", alone=0.75, with_verb=0.9)
ev("হুঁশিয়ারি", "দে", "THREATEN", cameo="130", alone=0.6, with_verb=0.7)
ev("হামলার হুমকি", "", "THREATEN", "violence", "military", cameo="138", alone=0.95)
ev("যুদ্ধের হুমকি", "", "THREATEN", "violence", "military", cameo="138", alone=0.95)
ev("পাল্টা জবাবের হুমকি", "", "THREATEN", "violence", "military", cameo="138", alone=0.95)
ev("নিষেধাজ্ঞার হুমকি", "", "THREATEN", "restrict", "economic", cameo="1312", alone=0.95)
ev("সম্পর্ক ছিন্নের হুমকি", "", "THREATEN", "relations", "diplomatic", cameo="1313", alone=0.95)
ev("আল্টিমেটাম", "দে", "THREATEN", "", "", cameo="139", alone=0.85, with_verb=0.9)
ev("প্রতিশোধ", "নে", "THREATEN", "violence", "military", cameo="138", alone=0.55, with_verb=0.6)
ev("কঠোর ব্যবস্থা", "নে", "THREATEN", "", "", cameo="130", alone=0.5, with_verb=0.55)

# ---------------------------------------------------------------- PROTEST
ev("বিক্ষোভ", "কর", "PROTEST", "demo", cameo="141", alone=0.8, with_verb=0.9)
ev("বিক্ষোভ", "দেখা", "PROTEST", "demo", cameo="141", with_verb=0.9)
ev("বিক্ষোভ মিছিল", "কর", "PROTEST", "demo", cameo="141", alone=0.9, with_verb=0.9)
ev("প্রতিবাদ সমাবেশ", "কর", "PROTEST", "demo", cameo="141", alone=0.9, with_verb=0.9)
ev("প্রতিবাদ মিছিল", "কর", "PROTEST", "demo", cameo="141", alone=0.9, with_verb=0.9)
ev("মিছিল", "কর", "PROTEST", "demo", cameo="141", alone=0.6, with_verb=0.75)
ev("সমাবেশ", "কর", "PROTEST", "demo", cameo="141", alone=0.5, with_verb=0.6)
ev("মানববন্ধন", "কর", "PROTEST", "demo", cameo="141", alone=0.9, with_verb=0.9)
ev("অবস্থান কর্মসূচি", "", "PROTEST", "demo", cameo="141", alone=0.9)
ev("লংমার্চ", "", "PROTEST", "demo", cameo="141", alone=0.85)
ev("লং মার্চ", "", "PROTEST", "demo", cameo="141", alone=0.85)
ev("আন্দোলন", "", "PROTEST", "demo", cameo="140", alone=0.55)
ev("ছাত্র আন্দোলন", "", "PROTEST", "demo", cameo="141", alone=0.85)
ev("গণঅভ্যুত্থান", "", "PROTEST", "demo", "political_institutions", cameo="141", alone=0.8)
ev("গণ-অভ্যুত্থান", "", "PROTEST", "demo", "political_institutions", cameo="141", alone=0.8)
ev("অবরোধ", "কর", "PROTEST", "obstruct", cameo="144", alone=0.7, with_verb=0.8)
ev("ঘেরাও", "কর", "PROTEST", "obstruct", cameo="144", alone=0.8, with_verb=0.85)
ev("হরতাল", "ডাক", "PROTEST", "strike", "economic", cameo="143", alone=0.9)
ev("ধর্মঘট", "", "PROTEST", "strike", "economic", cameo="143", alone=0.85)
ev("কর্মবিরতি", "", "PROTEST", "strike", "economic", cameo="143", alone=0.85)
ev("অনশন", "", "PROTEST", "hunger", "", cameo="142", alone=0.9)
ev("বর্জন", "কর", "PROTEST", "boycott", "", cameo="143", alone=0.75, with_verb=0.85)
ev("অসহযোগ আন্দোলন", "", "PROTEST", "boycott", "political_institutions", cameo="143", alone=0.9)
ev("দাঙ্গা", "", "PROTEST", "riot", "", cameo="145", alone=0.85)
ev("ভাঙচুর", "চালা", "PROTEST", "vandalize", "", cameo="145", alone=0.8, with_verb=0.85)

# ---------------------------------------------------------------- SANCTION
ev("নিষেধাজ্ঞা", "দে", "SANCTION", "", "economic", cameo="163", alone=0.7, with_verb=0.9)
ev("নিষেধাজ্ঞা আরোপ", "কর", "SANCTION", "", "economic", cameo="163", alone=0.9, with_verb=0.95)
ev("নিষেধাজ্ঞা জারি", "কর", "SANCTION", "", "economic", cameo="163", alone=0.85, with_verb=0.9)
ev("অর্থনৈতিক নিষেধাজ্ঞা", "", "SANCTION", "", "economic", cameo="163", alone=0.95)
ev("ভিসা নিষেধাজ্ঞা", "", "SANCTION", "", "diplomatic", cameo="163", alone=0.95)
ev("অস্ত্র নিষেধাজ্ঞা", "", "SANCTION", "", "military", cameo="163", alone=0.95)
ev("শুল্ক আরোপ", "কর", "SANCTION", "", "economic", cameo="163", alone=0.8, with_verb=0.85)
ev("পাল্টা শুল্ক", "", "SANCTION", "", "economic", cameo="163", alone=0.85)
ev("রাষ্ট্রদূত প্রত্যাহার", "কর", "SANCTION", "withdraw", "diplomatic", cameo="161", alone=0.95, with_verb=0.95)
ev("রাষ্ট্রদূতকে ফিরিয়ে", "নে", "SANCTION", "withdraw", "diplomatic", cameo="161", with_verb=0.9)
ev("হাইকমিশনারকে ফিরিয়ে", "নে", "SANCTION", "withdraw", "diplomatic", cameo="161", with_verb=0.9)
ev("কূটনৈতিক সম্পর্ক ছিন্ন", "কর", "SANCTION", "withdraw", "diplomatic", cameo="161", alone=0.95, with_verb=0.95)
ev("সম্পর্ক ছিন্ন", "কর", "SANCTION", "withdraw", "diplomatic", cameo="161", alone=0.85, with_verb=0.9)
ev("কূটনীতিক বহিষ্কার", "কর", "SANCTION", "expel", "diplomatic", cameo="161", alone=0.95, with_verb=0.95)
# A person acted on is a definite object and takes -কে (-দের in the plural) before the light
# verb: রাষ্ট্রদূতকে প্রত্যাহার করেছে (recalled its ambassador), কূটনীতিকদের বহিষ্কার করেছে
# (expelled the diplomats). A pattern's ending reaches only its last word, so these are rows.
for _envoy in ("রাষ্ট্রদূতকে", "হাইকমিশনারকে", "দূতকে"):
    ev(f"{_envoy} প্রত্যাহার", "কর", "SANCTION", "withdraw", "diplomatic", cameo="161", with_verb=0.95)
    ev(f"{_envoy} বহিষ্কার", "কর", "SANCTION", "expel", "diplomatic", cameo="161", with_verb=0.95)
for _envoy in ("কূটনীতিককে", "কূটনীতিকদের", "রাষ্ট্রদূতদের", "দূতাবাসকর্মীদের"):
    ev(f"{_envoy} বহিষ্কার", "কর", "SANCTION", "expel", "diplomatic", cameo="161", with_verb=0.95)
ev("বহিষ্কার", "কর", "SANCTION", "expel", "", cameo="161", alone=0.7, with_verb=0.8)
ev("আলোচনা স্থগিত", "কর", "SANCTION", "discontinue", "diplomatic", cameo="164", alone=0.85, with_verb=0.9)
ev("সহায়তা স্থগিত", "কর", "SANCTION", "discontinue", "human_security", cameo="162", alone=0.9, with_verb=0.9)
ev("চুক্তি স্থগিত", "কর", "SANCTION", "discontinue", "diplomatic", cameo="160", alone=0.85, with_verb=0.9)
ev("চুক্তি বাতিল", "কর", "SANCTION", "discontinue", "diplomatic", cameo="160", alone=0.85, with_verb=0.9)
ev("স্থগিত", "কর", "SANCTION", "discontinue", "", cameo="160", with_verb=0.55)
ev("সাজা", "দে", "SANCTION", "convict", "legal", cameo="", alone=0.6, with_verb=0.9)
ev("কারাদণ্ড", "দে", "SANCTION", "convict", "legal", cameo="", alone=0.85, with_verb=0.9)
ev("মৃত্যুদণ্ড", "দে", "SANCTION", "convict", "legal", cameo="", alone=0.85, with_verb=0.9)
ev("দণ্ডিত", "কর", "SANCTION", "convict", "legal", cameo="", alone=0.8, with_verb=0.9, alone_voice="passive")

# ---------------------------------------------------------------- MOBILIZE
ev("সেনা মোতায়েন", "কর", "MOBILIZE", "troops", "military", cameo="154", alone=0.9, with_verb=0.95)
ev("সৈন্য মোতায়েন", "কর", "MOBILIZE", "troops", "military", cameo="154", alone=0.9, with_verb=0.95)
ev("মোতায়েন", "কর", "MOBILIZE", "troops", "military", cameo="154", alone=0.7, with_verb=0.85)
ev("সৈন্য সমাবেশ", "ঘটা", "MOBILIZE", "troops", "military", cameo="154", alone=0.9, with_verb=0.95)
ev("সেনা সমাবেশ", "ঘটা", "MOBILIZE", "troops", "military", cameo="154", alone=0.9, with_verb=0.95)
ev("সতর্কাবস্থা", "জারি কর", "MOBILIZE", "troops", "military", cameo="152", alone=0.8, with_verb=0.85)
ev("সর্বোচ্চ সতর্কতা", "", "MOBILIZE", "troops", "military", cameo="152", alone=0.8)
ev("ক্ষেপণাস্ত্র পরীক্ষা", "চালা", "MOBILIZE", "weapons", "military", cameo="150", alone=0.9, with_verb=0.95)
ev("পারমাণবিক পরীক্ষা", "চালা", "MOBILIZE", "weapons", "military,cbrn", cameo="150", alone=0.9, with_verb=0.95)
ev("সামরিক মহড়া", "", "MOBILIZE", "troops", "military", cameo="150", alone=0.6)
ev("পুলিশ মোতায়েন", "কর", "MOBILIZE", "police", "", cameo="150", alone=0.9, with_verb=0.9)

# ---------------------------------------------------------------- COERCE
ev("গ্রেপ্তার", "কর", "COERCE", "arrest", "legal", cameo="173", alone=0.85, with_verb=0.9)
ev("গ্রেফতার", "কর", "COERCE", "arrest", "legal", cameo="173", alone=0.85, with_verb=0.9)
ev("আটক", "কর", "COERCE", "arrest", "legal", cameo="173", alone=0.8, with_verb=0.9)
ev("গ্রেপ্তার", "হ", "COERCE", "arrest", "legal", cameo="173", with_verb=0.85, verb_voice="passive")
ev("আটক", "হ", "COERCE", "arrest", "legal", cameo="173", with_verb=0.85, verb_voice="passive")
ev("গৃহবন্দি", "কর", "COERCE", "arrest", "legal", cameo="173", alone=0.85, with_verb=0.9)
ev("হেফাজতে", "নে", "COERCE", "arrest", "legal", cameo="173", with_verb=0.85)
ev("রিমান্ড", "", "COERCE", "arrest", "legal", cameo="173", alone=0.7)
ev("কারফিউ", "জারি কর", "COERCE", "curfew", "pro_autocracy", cameo="1723", alone=0.85, with_verb=0.9)
ev("সান্ধ্য আইন", "", "COERCE", "curfew", "pro_autocracy", cameo="1723", alone=0.9)
ev("জরুরি অবস্থা", "জারি কর", "COERCE", "martial-law", "pro_autocracy", cameo="1724", alone=0.8, with_verb=0.9)
ev("সামরিক আইন", "জারি কর", "COERCE", "martial-law", "pro_autocracy", cameo="1724", alone=0.85, with_verb=0.9)
ev("সামরিক অভ্যুত্থান", "", "COERCE", "seize", "pro_autocracy", cameo="", alone=0.9)
ev("অভ্যুত্থান", "", "COERCE", "seize", "pro_autocracy", cameo="", alone=0.75)
ev("ক্ষমতা দখল", "কর", "COERCE", "seize", "pro_autocracy", cameo="", alone=0.85, with_verb=0.9)
ev("দখল", "কর", "COERCE", "seize", "territory", cameo="192", alone=0.6, with_verb=0.8)
ev("জব্দ", "কর", "COERCE", "seize", "", cameo="1711", alone=0.75, with_verb=0.85)
ev("পুশ ইন", "কর", "COERCE", "deport", "migration", cameo="174", alone=0.85, with_verb=0.9)
ev("পুশইন", "কর", "COERCE", "deport", "migration", cameo="174", alone=0.85, with_verb=0.9)
ev("পুশব্যাক", "কর", "COERCE", "deport", "migration", cameo="174", alone=0.85, with_verb=0.9)
ev("বিতাড়ন", "", "COERCE", "deport", "migration", cameo="174", alone=0.85)
ev("বিতাড়িত", "কর", "COERCE", "deport", "migration", cameo="174", alone=0.75, with_verb=0.85, alone_voice="passive")
ev("জোরপূর্বক বাস্তুচ্যুত", "", "COERCE", "deport", "migration", cameo="174", alone=0.85, alone_voice="passive")
ev("ফেরত", "পাঠা", "COERCE", "deport", "migration", cameo="174", with_verb=0.75)
ev("নির্বাসনে", "পাঠা", "COERCE", "deport", "", cameo="174", with_verb=0.85)
ev("উচ্ছেদ", "কর", "COERCE", "restrict", "", cameo="172", alone=0.55, with_verb=0.7)
ev("নিষিদ্ধ", "কর", "COERCE", "restrict", "rights_freedoms", cameo="172", alone=0.6, with_verb=0.85)
ev("নিষিদ্ধ ঘোষণা", "কর", "COERCE", "restrict", "rights_freedoms", cameo="172", alone=0.85, with_verb=0.9)
ev("১৪৪ ধারা", "জারি কর", "COERCE", "restrict", "rights_freedoms", cameo="172", alone=0.9, with_verb=0.9)
ev("সীমান্ত বন্ধ", "কর", "COERCE", "restrict", "migration", cameo="191", alone=0.85, with_verb=0.9)
ev("ইন্টারনেট বন্ধ", "কর", "COERCE", "censor", "rights_freedoms", cameo="1721", alone=0.9, with_verb=0.9)
ev("ইন্টারনেট সংযোগ বিচ্ছিন্ন", "কর", "COERCE", "censor", "rights_freedoms", cameo="1721", alone=0.9, with_verb=0.9)
ev("সাইবার হামলা", "চালা", "COERCE", "cyber", "cyber", cameo="170", alone=0.95, with_verb=0.95)
ev("অপপ্রচার", "চালা", "COERCE", "misinformation", "misinformation", cameo="170", alone=0.55, with_verb=0.7)
ev("গুম", "কর", "ASSAULT", "abduct", "human_rights", cameo="181", alone=0.85, with_verb=0.9)

# ---------------------------------------------------------------- ASSAULT
ev("হামলা", "চালা", "ASSAULT", "", "", cameo="190", alone=0.8, with_verb=0.9)
ev("হামলা", "কর", "ASSAULT", "", "", cameo="190", with_verb=0.9)
ev("আক্রমণ", "চালা", "ASSAULT", "", "", cameo="190", alone=0.8, with_verb=0.9)
ev("আক্রমণ", "কর", "ASSAULT", "", "", cameo="190", with_verb=0.9)
ev("বিমান হামলা", "চালা", "ASSAULT", "aerial", "military", cameo="195", alone=0.95, with_verb=0.95)
ev("বিমান হামলায়", "", "ASSAULT", "aerial", "military", cameo="195", alone=0.95)
ev("ড্রোন হামলা", "চালা", "ASSAULT", "drone", "military", cameo="195", alone=0.95, with_verb=0.95)
ev("রকেট হামলা", "চালা", "ASSAULT", "heavy-weapons", "military", cameo="194", alone=0.95, with_verb=0.95)
ev("ক্ষেপণাস্ত্র হামলা", "চালা", "ASSAULT", "heavy-weapons", "military", cameo="194", alone=0.95, with_verb=0.95)
ev("গোলাবর্ষণ", "কর", "ASSAULT", "heavy-weapons", "military", cameo="194", alone=0.9, with_verb=0.9)
ev("মর্টার শেল", "", "ASSAULT", "heavy-weapons", "military", cameo="194", alone=0.8)
ev("গুলি", "চালা", "ASSAULT", "firearms", "", cameo="193", alone=0.6, with_verb=0.9)
ev("গুলি", "কর", "ASSAULT", "firearms", "", cameo="193", with_verb=0.85)
ev("গুলি", "ছোড়", "ASSAULT", "firearms", "", cameo="193", with_verb=0.9)
ev("গুলিবর্ষণ", "কর", "ASSAULT", "firearms", "", cameo="193", alone=0.85, with_verb=0.9)
ev("গুলি করে হত্যা", "কর", "ASSAULT", "firearms", "", cameo="193", alone=0.95, with_verb=0.95)
ev("বন্দুকযুদ্ধ", "", "ASSAULT", "firearms", "", cameo="193", alone=0.8, alone_voice="recip")
ev("ক্রসফায়ার", "", "ASSAULT", "firearms", "human_rights", cameo="193", alone=0.8)
ev("বোমা হামলা", "চালা", "ASSAULT", "explosives", "", cameo="183", alone=0.95, with_verb=0.95)
ev("গ্রেনেড হামলা", "চালা", "ASSAULT", "explosives", "", cameo="183", alone=0.95, with_verb=0.95)
ev("বিস্ফোরণ", "ঘটা", "ASSAULT", "explosives", "", cameo="183", alone=0.55, with_verb=0.85)
ev("আত্মঘাতী হামলা", "চালা", "ASSAULT", "suicide-attack", "terrorism", cameo="1831", alone=0.95, with_verb=0.95)
ev("আত্মঘাতী বোমা হামলা", "", "ASSAULT", "suicide-attack", "terrorism", cameo="1831", alone=0.95)
ev("সন্ত্রাসী হামলা", "চালা", "ASSAULT", "", "terrorism", cameo="180", alone=0.95, with_verb=0.95)
ev("জঙ্গি হামলা", "চালা", "ASSAULT", "", "terrorism", cameo="180", alone=0.95, with_verb=0.95)
ev("হত্যা", "কর", "ASSAULT", "", "", cameo="190", alone=0.5, with_verb=0.9)
ev("হত্যাকাণ্ড", "চালা", "ASSAULT", "", "human_rights", cameo="190", alone=0.85, with_verb=0.9)
ev("গণহত্যা", "চালা", "ASSAULT", "", "human_rights", cameo="202", alone=0.5, with_verb=0.9)
ev("জাতিগত নিধন", "চালা", "ASSAULT", "", "human_rights,religion_ethnicity", cameo="202", alone=0.5, with_verb=0.9)
ev("খুন", "কর", "ASSAULT", "", "", cameo="190", alone=0.8, with_verb=0.9)
ev("নিহত", "হ", "ASSAULT", "", "", cameo="190", alone=0.55, with_verb=0.6, alone_voice="passive", verb_voice="passive")
ev("গুপ্তহত্যা", "", "ASSAULT", "targeted", "", cameo="186", alone=0.9)
ev("হত্যাচেষ্টা", "", "ASSAULT", "targeted", "", cameo="185", alone=0.9)
ev("অপহরণ", "কর", "ASSAULT", "abduct", "", cameo="181", alone=0.85, with_verb=0.9)
ev("জিম্মি", "কর", "ASSAULT", "abduct", "", cameo="181", alone=0.6, with_verb=0.85)
ev("নির্যাতন", "চালা", "ASSAULT", "torture", "human_rights", cameo="1822", alone=0.65, with_verb=0.85)
ev("ধর্ষণ", "কর", "ASSAULT", "sexual", "human_rights,gender", cameo="1821", alone=0.85, with_verb=0.9)
ev("যৌন সহিংসতা", "চালা", "ASSAULT", "sexual", "human_rights,gender", cameo="1821", alone=0.85, with_verb=0.9)
ev("মারধর", "কর", "ASSAULT", "beat", "", cameo="182", alone=0.8, with_verb=0.85)
ev("পিটিয়ে হত্যা", "কর", "ASSAULT", "beat", "", cameo="182", alone=0.9, with_verb=0.9)
ev("লাঠিচার্জ", "কর", "ASSAULT", "crowd-control", "repression", cameo="175", alone=0.9, with_verb=0.9)
ev("কাঁদানে গ্যাস", "ছোড়", "ASSAULT", "crowd-control", "repression", cameo="175", alone=0.85, with_verb=0.9)
ev("টিয়ারশেল", "ছোড়", "ASSAULT", "crowd-control", "repression", cameo="175", alone=0.85, with_verb=0.9)
ev("রাবার বুলেট", "ছোড়", "ASSAULT", "crowd-control", "repression", cameo="175", alone=0.85, with_verb=0.9)
ev("জলকামান", "", "ASSAULT", "crowd-control", "repression", cameo="175", alone=0.85)
ev("সাউন্ড গ্রেনেড", "", "ASSAULT", "crowd-control", "repression", cameo="175", alone=0.8)
ev("ধ্বংস", "কর", "ASSAULT", "destroy", "human_security", cameo="1712", alone=0.55, with_verb=0.75)
ev("অগ্নিসংযোগ", "কর", "ASSAULT", "destroy", "human_security", cameo="1712", alone=0.7, with_verb=0.8)
ev("আগুন", "দে", "ASSAULT", "destroy", "human_security", cameo="1712", with_verb=0.7)
ev("জ্বালিয়ে", "দে", "ASSAULT", "destroy", "human_security", cameo="1712", with_verb=0.8)
ev("সংঘর্ষ", "", "ASSAULT", "", "", cameo="190", alone=0.5, alone_voice="recip")
ev("সংঘাত", "", "ASSAULT", "", "military", cameo="190", alone=0.45, alone_voice="recip")
ev("সহিংসতা", "", "ASSAULT", "", "", cameo="190", alone=0.45)
ev("সামরিক অভিযান", "চালা", "ASSAULT", "", "military", cameo="190", alone=0.75, with_verb=0.85)
ev("ক্লিয়ারেন্স অপারেশন", "", "ASSAULT", "", "military,human_rights", cameo="190", alone=0.8)
ev("অভিযান", "চালা", "ASSAULT", "", "", cameo="190", alone=0.45, with_verb=0.55)
ev("আগ্রাসন", "চালা", "ASSAULT", "", "military", cameo="190", alone=0.75, with_verb=0.85)
ev("অনুপ্রবেশ", "কর", "ASSAULT", "", "territory", cameo="190", alone=0.5, with_verb=0.6)
ev("রাসায়নিক অস্ত্র", "", "ASSAULT", "unconventional", "cbrn", cameo="2041", alone=0.75)

# ---------------------------------------------------------------- added: every concept of data/events/concepts.tsv
# ASSAULT
ev("সংঘর্ষে জড়িয়ে", "পড়", "ASSAULT", "", "", cameo="190", with_verb=0.85, verb_voice="recip")
ev("সংঘর্ষ", "হ", "ASSAULT", "", "", cameo="190", with_verb=0.7, verb_voice="recip")
# ধাওয়া-পাল্টা ধাওয়া (chase and counter-chase): the press's word for a street clash between two
# groups or a group and the police.
ev("ধাওয়া-পাল্টা ধাওয়া", "", "ASSAULT", "", "", cameo="190", alone=0.8, alone_voice="recip")
ev("ধাওয়া পাল্টা ধাওয়া", "", "ASSAULT", "", "", cameo="190", alone=0.8, alone_voice="recip")
ev("সামরিক আগ্রাসন", "", "ASSAULT", "", "military", cameo="192", alone=0.9)
ev("মেরে", "ফেল", "ASSAULT", "", "", cameo="190", with_verb=0.8)
ev("আহত", "কর", "ASSAULT", "", "", cameo="190", with_verb=0.85)
ev("বোমাবর্ষণ", "কর", "ASSAULT", "aerial", "military", cameo="195", alone=0.9, with_verb=0.9)
ev("গোলা", "ছোড়", "ASSAULT", "heavy-weapons", "military", cameo="194", with_verb=0.85)
ev("কামানের গোলা", "", "ASSAULT", "heavy-weapons", "military", cameo="194", alone=0.85)
ev("মিসাইল হামলা", "চালা", "ASSAULT", "heavy-weapons", "military", cameo="195", alone=0.95, with_verb=0.95)
ev("রকেট", "ছোড়", "ASSAULT", "heavy-weapons", "military", cameo="194", with_verb=0.85)
# ক্ষেপণাস্ত্র ছোড়া (fired a missile) is also said of a test launch: a weight near the threshold.
ev("ক্ষেপণাস্ত্র", "ছোড়", "ASSAULT", "heavy-weapons", "military", cameo="195", with_verb=0.6)
ev("বোমা বিস্ফোরণ", "ঘটা", "ASSAULT", "explosives", "", cameo="183", alone=0.75, with_verb=0.9)
ev("গাড়িবোমা", "", "ASSAULT", "explosives", "", cameo="1832", alone=0.9)
ev("গাড়ি বোমা", "", "ASSAULT", "explosives", "", cameo="1832", alone=0.9)
ev("ভূপাতিত", "কর", "ASSAULT", "aerial", "military", cameo="190", with_verb=0.9)
ev("হানা", "দে", "ASSAULT", "", "", cameo="190", with_verb=0.8)
ev("অতর্কিত হামলা", "চালা", "ASSAULT", "", "military", cameo="190", alone=0.95, with_verb=0.95)
ev("অ্যামবুশ", "কর", "ASSAULT", "", "military", cameo="190", alone=0.85, with_verb=0.9)
ev("আততায়ীর হামলা", "", "ASSAULT", "targeted", "", cameo="186", alone=0.9)
# তুলে নিয়ে যাওয়া (picked up and taken away): the press's phrase for an abduction, by
# security forces too.
ev("তুলে নিয়ে", "যা", "ASSAULT", "abduct", "", cameo="181", with_verb=0.75)
ev("নির্যাতন", "কর", "ASSAULT", "torture", "human_rights", cameo="1822", with_verb=0.85)
# গুঁড়িয়ে দেওয়া alone is also a sports win (ভারতকে গুঁড়িয়ে দিয়েছে): with the bulldozer only.
ev("বুলডোজার দিয়ে গুঁড়িয়ে", "দে", "ASSAULT", "destroy", "human_security", cameo="1712", alone=0.8, with_verb=0.85)
ev("হত্যাযজ্ঞ", "চালা", "ASSAULT", "massacre", "human_rights", cameo="202", alone=0.85, with_verb=0.9)
ev("ছত্রভঙ্গ", "কর", "ASSAULT", "crowd-control", "repression", cameo="175", with_verb=0.85)
ev("অবরুদ্ধ", "কর", "ASSAULT", "", "military", cameo="191", with_verb=0.8)
ev("ঘিরে", "ফেল", "ASSAULT", "", "military", cameo="191", with_verb=0.7)
ev("দখলে", "নে", "ASSAULT", "seize", "military,territory", cameo="190", with_verb=0.8)
# COERCE
ev("বাজেয়াপ্ত", "কর", "COERCE", "seize", "", cameo="1711", alone=0.75, with_verb=0.85)
ev("নির্বাসিত", "কর", "COERCE", "deport", "migration", cameo="174", with_verb=0.85)
ev("সন্ত্রাসী সংগঠন", "ঘোষণা কর", "COERCE", "restrict", "terrorism", cameo="172", with_verb=0.9)
ev("আকাশসীমা বন্ধ", "কর", "COERCE", "restrict", "military", cameo="172", alone=0.85, with_verb=0.9)
ev("বিধিনিষেধ আরোপ", "কর", "COERCE", "restrict", "rights_freedoms", cameo="172", alone=0.75, with_verb=0.8)
ev("সম্প্রচার বন্ধ", "কর", "COERCE", "censor", "rights_freedoms", cameo="1721", alone=0.8, with_verb=0.85)
ev("হ্যাক", "কর", "COERCE", "cyber", "cyber", cameo="176", with_verb=0.75)
ev("নৌ অবরোধ", "", "COERCE", "restrict", "military", cameo="191", alone=0.9)
ev("অবরোধ আরোপ", "কর", "COERCE", "restrict", "military", cameo="191", alone=0.85, with_verb=0.9)
ev("গ্যাস সরবরাহ বন্ধ", "কর", "COERCE", "withhold", "economic", cameo="160", alone=0.85, with_verb=0.9)
ev("পানি প্রবাহ বন্ধ", "কর", "COERCE", "withhold", "natural_resource", cameo="160", alone=0.85, with_verb=0.9)
# MOBILIZE
ev("সেনা", "নামা", "MOBILIZE", "troops", "military", cameo="154", with_verb=0.85)
ev("সেনাবাহিনী", "নামা", "MOBILIZE", "troops", "military", cameo="154", with_verb=0.85)
ev("সংরক্ষিত সেনা তলব", "কর", "MOBILIZE", "troops", "military", cameo="150", alone=0.9, with_verb=0.9)
ev("হাই অ্যালার্ট", "জারি কর", "MOBILIZE", "troops", "military", cameo="152", alone=0.85, with_verb=0.9)
ev("যুদ্ধজাহাজ মোতায়েন", "কর", "MOBILIZE", "weapons", "military", cameo="154", alone=0.9, with_verb=0.95)
ev("ক্ষেপণাস্ত্র মোতায়েন", "কর", "MOBILIZE", "weapons", "military", cameo="154", alone=0.9, with_verb=0.95)
ev("বিজিবি মোতায়েন", "কর", "MOBILIZE", "police", "", cameo="151", alone=0.9, with_verb=0.9)
ev("মিলিশিয়া গঠন", "কর", "MOBILIZE", "militia", "military", cameo="150", alone=0.85, with_verb=0.9)
ev("যুদ্ধ মহড়া", "চালা", "MOBILIZE", "troops", "military", cameo="150", alone=0.8, with_verb=0.85)
ev("মহড়া", "চালা", "MOBILIZE", "troops", "military", cameo="150", with_verb=0.75)
ev("ক্ষেপণাস্ত্র উৎক্ষেপণ", "কর", "MOBILIZE", "weapons", "military", cameo="150", alone=0.8, with_verb=0.85)
ev("পরমাণু পরীক্ষা", "চালা", "MOBILIZE", "weapons", "military,cbrn", cameo="150", alone=0.9, with_verb=0.95)
# SANCTION
ev("কালো তালিকাভুক্ত", "কর", "SANCTION", "", "economic", cameo="163", alone=0.8, with_verb=0.9)
ev("রপ্তানি নিষেধাজ্ঞা", "", "SANCTION", "", "economic", cameo="163", alone=0.9)
ev("অর্থনৈতিক অবরোধ", "", "SANCTION", "", "economic", cameo="163", alone=0.9)
ev("অবাঞ্ছিত ঘোষণা", "কর", "SANCTION", "expel", "diplomatic", cameo="161", alone=0.85, with_verb=0.9)
ev("দেশ ছাড়ার নির্দেশ", "দে", "SANCTION", "expel", "diplomatic", cameo="161", alone=0.8, with_verb=0.9)
ev("সহায়তা বন্ধ", "কর", "SANCTION", "discontinue", "human_security", cameo="162", alone=0.85, with_verb=0.9)
ev("অনুদান বন্ধ", "কর", "SANCTION", "discontinue", "economic", cameo="162", alone=0.85, with_verb=0.9)
ev("সম্পদ জব্দ", "কর", "SANCTION", "", "economic", cameo="163", alone=0.85, with_verb=0.9)
ev("সম্পদ অবরুদ্ধ", "কর", "SANCTION", "", "economic", cameo="163", alone=0.85, with_verb=0.9)
ev("দোষী সাব্যস্ত", "কর", "SANCTION", "convict", "legal", cameo="", alone=0.8, with_verb=0.9, alone_voice="passive")
ev("দূতাবাস বন্ধ", "কর", "SANCTION", "withdraw", "diplomatic", cameo="161", alone=0.85, with_verb=0.9)
ev("কনস্যুলেট বন্ধ", "কর", "SANCTION", "withdraw", "diplomatic", cameo="161", alone=0.85, with_verb=0.9)
# AGREE
ev("প্রস্তাব গ্রহণ", "কর", "AGREE", "", "", cameo="030", alone=0.75, with_verb=0.9)
ev("আমন্ত্রণ গ্রহণ", "কর", "AGREE", "", "diplomatic", cameo="036", alone=0.75, with_verb=0.9)
ev("প্রস্তাবে সম্মত", "হ", "AGREE", "", "", cameo="030", alone=0.85, with_verb=0.9, alone_voice="active", verb_voice="recip")
ev("আলোচনায় রাজি", "হ", "AGREE", "", "diplomatic", cameo="036", alone=0.85, with_verb=0.9, alone_voice="active", verb_voice="recip")
ev("আলোচনায় সম্মত", "হ", "AGREE", "", "diplomatic", cameo="036", alone=0.85, with_verb=0.9, alone_voice="active", verb_voice="recip")
ev("মধ্যস্থতায় রাজি", "হ", "AGREE", "", "diplomatic", cameo="033", alone=0.85, with_verb=0.9, alone_voice="active", verb_voice="recip")
ev("যুদ্ধবিরতিতে রাজি", "হ", "AGREE", "", "military", cameo="030", alone=0.9, with_verb=0.95, alone_voice="active", verb_voice="recip")
ev("যুদ্ধবিরতিতে সম্মত", "হ", "AGREE", "", "military", cameo="030", alone=0.9, with_verb=0.95, alone_voice="active", verb_voice="recip")
ev("যুদ্ধবিরতি চুক্তি", "", "AGREE", "", "military", cameo="030", alone=0.75, alone_voice="recip")
ev("যুদ্ধবিরতি চুক্তিতে", "পৌঁছা", "AGREE", "", "military", cameo="030", with_verb=0.95, verb_voice="recip")
# CONSULT
ev("দ্বিপক্ষীয় আলোচনা", "", "CONSULT", "", "diplomatic", cameo="046", alone=0.9, alone_voice="recip")
ev("আলোচনা", "হ", "CONSULT", "", "", cameo="040", with_verb=0.8, verb_voice="recip")
ev("বৈঠক", "হ", "CONSULT", "", "", cameo="040", with_verb=0.85, verb_voice="recip")
ev("সফরে", "পৌঁছা", "CONSULT", "visit", "", cameo="042", with_verb=0.9)
ev("ভিডিও কল", "", "CONSULT", "phone", "", cameo="041", alone=0.85)
ev("জরুরি বৈঠক", "ডাক", "CONSULT", "multilateral", "", cameo="040", alone=0.85, with_verb=0.9)
ev("বৈঠক", "ডাক", "CONSULT", "multilateral", "", cameo="040", with_verb=0.8)
ev("বিশেষ দূত", "পাঠা", "CONSULT", "", "diplomatic", cameo="040", with_verb=0.9)
ev("প্রতিনিধিদল", "পাঠা", "CONSULT", "", "diplomatic", cameo="040", with_verb=0.85)
# SUPPORT
ev("পক্ষে অবস্থান", "নে", "SUPPORT", "", "diplomatic", cameo="052", with_verb=0.7, target="of")
ev("অনুসমর্থন", "কর", "SUPPORT", "", "diplomatic", cameo="057", alone=0.8, with_verb=0.9)
ev("ক্ষমা", "কর", "SUPPORT", "", "diplomatic", cameo="056", with_verb=0.75)
ev("কূটনৈতিক সম্পর্ক পুনঃস্থাপন", "কর", "SUPPORT", "", "diplomatic", cameo="054", alone=0.9, with_verb=0.95, verb_voice="recip", alone_voice="recip")
# CONCEDE. দায় স্বীকার (claimed responsibility) is a militant's claim for an attack far more
# often than an admission: kept below the threshold so that স্বীকার inside it says nothing.
ev("ভুল স্বীকার", "কর", "CONCEDE", "", "", cameo="055", alone=0.8, with_verb=0.9)
ev("দায় স্বীকার", "কর", "CONCEDE", "", "", cameo="055", alone=0.3, with_verb=0.3)
ev("অবস্থান থেকে সরে", "আস", "CONCEDE", "", "", cameo="080", with_verb=0.8)
# COOPERATE
ev("একসঙ্গে কাজ", "কর", "COOPERATE", "", "", cameo="060", alone=0.6, with_verb=0.8, alone_voice="recip", verb_voice="recip")
ev("যৌথভাবে কাজ", "কর", "COOPERATE", "", "", cameo="060", alone=0.6, with_verb=0.8, alone_voice="recip", verb_voice="recip")
# AID
ev("শান্তিরক্ষী মোতায়েন", "কর", "AID", "", "peacekeeping", cameo="074", alone=0.85, with_verb=0.9)
ev("ত্রাণসামগ্রী", "পাঠা", "AID", "", "human_security", cameo="073", alone=0.8, with_verb=0.95)
ev("অস্ত্র সহায়তা", "দে", "AID", "", "military", cameo="072", alone=0.85, with_verb=0.9)
# RETREAT
ev("ফেরত", "দে", "RETREAT", "return", "", cameo="080", with_verb=0.75)
# ফিরিয়ে দেওয়া is also turning people back at a border (রোহিঙ্গাদের নৌকা ফিরিয়ে দিয়েছে):
# below the threshold, a return is ফেরত দেওয়া.
ev("ফিরিয়ে", "দে", "RETREAT", "return", "", cameo="080", with_verb=0.4)
# REQUEST
ev("সংস্কারের দাবি", "", "REQUEST", "change", "political_institutions", cameo="1043", alone=0.85)
# REJECT
ev("সহায়তা প্রত্যাখ্যান", "কর", "REJECT", "assist", "", cameo="122", alone=0.85, with_verb=0.9)
ev("পদত্যাগে অস্বীকৃতি", "জানা", "REJECT", "change", "executive", cameo="123", alone=0.85, with_verb=0.9)
ev("সেনা প্রত্যাহারে অস্বীকৃতি", "জানা", "REJECT", "yield", "military", cameo="125", alone=0.9, with_verb=0.9)
ev("বৈঠক বাতিল", "কর", "REJECT", "meet", "diplomatic", cameo="126", alone=0.85, with_verb=0.9)
ev("সফর বাতিল", "কর", "REJECT", "meet", "diplomatic", cameo="126", alone=0.85, with_verb=0.9)
ev("সফর স্থগিত", "কর", "REJECT", "meet", "diplomatic", cameo="126", alone=0.8, with_verb=0.85)
ev("আলোচনা প্রত্যাখ্যান", "কর", "REJECT", "meet", "diplomatic", cameo="126", alone=0.9, with_verb=0.9)
ev("অমান্য", "কর", "REJECT", "", "", cameo="120", alone=0.6, with_verb=0.8)

# ---------------------------------------------------------------- added: common spellings and phrasings
# সাক্ষাত (without ৎ), আক্রমন (with ন), হুশিয়ারি (without the candrabindu) are the spellings
# of many outlets; বৈঠকে/আলোচনায় মিলিত হওয়া (met in a meeting) the formal phrase of BSS and
# the ministries; দেখা করা (met, called on) the plain one.
ev("সাক্ষাত", "কর", "CONSULT", cameo="040", alone=0.8, with_verb=0.9, verb_voice="recip")
ev("আক্রমন", "চালা", "ASSAULT", "", "", cameo="190", alone=0.8, with_verb=0.9)
ev("আক্রমন", "কর", "ASSAULT", "", "", cameo="190", with_verb=0.9)
ev("হুশিয়ারি", "দে", "THREATEN", cameo="130", alone=0.6, with_verb=0.7)
ev("বৈঠকে মিলিত", "হ", "CONSULT", cameo="040", with_verb=0.9, verb_voice="recip")
ev("আলোচনায় মিলিত", "হ", "CONSULT", cameo="040", with_verb=0.9, verb_voice="recip")
ev("দেখা", "কর", "CONSULT", cameo="040", with_verb=0.8, verb_voice="recip")
ev("রকেট নিক্ষেপ", "কর", "ASSAULT", "heavy-weapons", "military", cameo="194", alone=0.85, with_verb=0.9)
ev("শেল নিক্ষেপ", "কর", "ASSAULT", "heavy-weapons", "military", cameo="194", alone=0.85, with_verb=0.9)
ev("বোমা নিক্ষেপ", "কর", "ASSAULT", "explosives", "", cameo="183", alone=0.85, with_verb=0.9)
ev("ককটেল বিস্ফোরণ", "ঘটা", "ASSAULT", "explosives", "", cameo="183", alone=0.8, with_verb=0.85)

# Breadth: troops brought back (ফিরিয়ে নেওয়া); nationals evacuated; joint exercises
# named by arm (নৌ, বিমান); entry and travel bans and visa suspensions (restrictions on movement,
# CAMEO 172); a truce broken (লঙ্ঘন, CAMEO 196; alone below the threshold, since an accusation
# names it: যুদ্ধবিরতি লঙ্ঘনের অভিযোগ).
ev("সেনাদের ফিরিয়ে", "নে", "RETREAT", "withdraw", "military", cameo="0872", with_verb=0.9)
ev("সেনা ফিরিয়ে", "নে", "RETREAT", "withdraw", "military", cameo="0872", with_verb=0.9)
ev("সৈন্যদের ফিরিয়ে", "নে", "RETREAT", "withdraw", "military", cameo="0872", with_verb=0.9)
ev("সৈন্য ফিরিয়ে", "নে", "RETREAT", "withdraw", "military", cameo="0872", with_verb=0.9)
ev("সেনাদের সরিয়ে", "নে", "RETREAT", "withdraw", "military", cameo="0872", with_verb=0.9)
ev("নাগরিকদের সরিয়ে", "নে", "RETREAT", "withdraw", "", cameo="080", with_verb=0.85)
ev("নাগরিকদের ফিরিয়ে", "আন", "RETREAT", "withdraw", "", cameo="080", with_verb=0.8)
ev("যৌথ নৌ মহড়া", "চালা", "COOPERATE", "", "military", cameo="062", alone=0.95, with_verb=0.95, alone_voice="recip", verb_voice="recip")
ev("যৌথ বিমান মহড়া", "চালা", "COOPERATE", "", "military", cameo="062", alone=0.95, with_verb=0.95, alone_voice="recip", verb_voice="recip")
ev("যৌথ সামরিক মহড়া", "চালা", "COOPERATE", "", "military", cameo="062", with_verb=0.95, verb_voice="recip")
ev("যৌথ মহড়া", "চালা", "COOPERATE", "", "military", cameo="062", with_verb=0.9, verb_voice="recip")
ev("নৌ মহড়া", "", "MOBILIZE", "troops", "military", cameo="150", alone=0.75)
ev("বিমান মহড়া", "", "MOBILIZE", "troops", "military", cameo="150", alone=0.75)
ev("প্রবেশে নিষেধাজ্ঞা", "দে", "COERCE", "restrict", "migration", cameo="172", alone=0.9, with_verb=0.9)
ev("ভ্রমণ নিষেধাজ্ঞা", "দে", "COERCE", "restrict", "migration", cameo="172", alone=0.9, with_verb=0.9)
ev("ভিসা দেওয়া স্থগিত", "কর", "COERCE", "restrict", "migration", cameo="172", alone=0.8, with_verb=0.9)
ev("ভিসা স্থগিত", "কর", "COERCE", "restrict", "migration", cameo="172", alone=0.8, with_verb=0.9)
ev("ভিসা বন্ধ", "কর", "COERCE", "restrict", "migration", cameo="172", alone=0.75, with_verb=0.85)
ev("যুদ্ধবিরতি লঙ্ঘন", "কর", "ASSAULT", "", "military,legal", cameo="196", alone=0.45, with_verb=0.85)
ev("অস্ত্রবিরতি লঙ্ঘন", "কর", "ASSAULT", "", "military,legal", cameo="196", alone=0.45, with_verb=0.85)

# ---------------------------------------------------------------- breadth (s34): what the press of
# any topic says with these verbs. An execution carried out (মৃত্যুদণ্ড/ফাঁসি কার্যকর করা: the
# sentence "put into effect") is a killing of a person by the state, ASSAULT as in de/en
# (Hinrichtung, executed); a sentence pronounced (সাজা ঘোষণা) SANCTION convict; a verdict
# (রায়) alone says nothing of its content. Weapons sent (অস্ত্র/গোলাবারুদ পাঠানো) are military aid;
# a military exercise "carried out" (সামরিক মহড়া চালানো) the exerciser's mobilisation; a
# supply cut (সরবরাহ বন্ধ) withholds; a treaty suspended (চুক্তি স্থগিত) exists above.
ev("মৃত্যুদণ্ড কার্যকর", "কর", "ASSAULT", "targeted", "legal", cameo="186", alone=0.8, with_verb=0.9)
ev("ফাঁসি কার্যকর", "কর", "ASSAULT", "targeted", "legal", cameo="186", alone=0.8, with_verb=0.9)
ev("ফাঁসি", "দে", "ASSAULT", "targeted", "legal", cameo="186", with_verb=0.85)
ev("সাজা ঘোষণা", "কর", "SANCTION", "convict", "legal", cameo="", alone=0.7, with_verb=0.9)
ev("যাবজ্জীবন কারাদণ্ড", "দে", "SANCTION", "convict", "legal", cameo="", alone=0.85, with_verb=0.9)
ev("অস্ত্র", "পাঠা", "AID", "", "military", cameo="072", with_verb=0.85)
ev("গোলাবারুদ", "পাঠা", "AID", "", "military", cameo="072", with_verb=0.85)
ev("সামরিক সরঞ্জাম", "পাঠা", "AID", "", "military", cameo="072", with_verb=0.85)
ev("সামরিক মহড়া", "চালা", "MOBILIZE", "troops", "military", cameo="150", with_verb=0.85)
ev("যুদ্ধবিমান", "পাঠা", "MOBILIZE", "weapons", "military", cameo="154", with_verb=0.8)
ev("যুদ্ধজাহাজ", "পাঠা", "MOBILIZE", "weapons", "military", cameo="154", with_verb=0.8)
ev("সেনা", "পাঠা", "MOBILIZE", "troops", "military", cameo="154", with_verb=0.8)
ev("সৈন্য", "পাঠা", "MOBILIZE", "troops", "military", cameo="154", with_verb=0.8)
ev("সরবরাহ বন্ধ", "কর", "COERCE", "withhold", "economic", cameo="160", alone=0.6, with_verb=0.85)
ev("তেল সরবরাহ বন্ধ", "কর", "COERCE", "withhold", "economic", cameo="160", alone=0.85, with_verb=0.9)
ev("বিদ্যুৎ সরবরাহ বন্ধ", "কর", "COERCE", "withhold", "economic", cameo="160", alone=0.85, with_verb=0.9)
ev("রপ্তানি নিষিদ্ধ", "কর", "SANCTION", "", "economic", cameo="1621", alone=0.8, with_verb=0.9)
ev("রপ্তানি বন্ধ", "কর", "SANCTION", "", "economic", cameo="1621", alone=0.75, with_verb=0.85)
ev("আমদানি নিষিদ্ধ", "কর", "SANCTION", "", "economic", cameo="1621", alone=0.8, with_verb=0.9)
ev("আমদানি বন্ধ", "কর", "SANCTION", "", "economic", cameo="1621", alone=0.75, with_verb=0.85)
ev("রপ্তানিতে নিষেধাজ্ঞা", "দে", "SANCTION", "", "economic", cameo="1621", alone=0.9, with_verb=0.9)
ev("আমদানিতে নিষেধাজ্ঞা", "দে", "SANCTION", "", "economic", cameo="1621", alone=0.9, with_verb=0.9)
# A truce agreed (যুদ্ধবিরতি চুক্তি সই) is the signing; a truce broken or held is above.
ev("যুদ্ধবিরতি চুক্তি সই", "কর", "SUPPORT", "", "military", cameo="057", alone=0.95, with_verb=0.95, alone_voice="recip", verb_voice="recip")
# Envoys: an ambassador appointed or sent (রাষ্ট্রদূত পাঠানো) is not an event; one summoned
# is (তলব above); credentials presented (পরিচয়পত্র পেশ) to a head of state is a meeting.
ev("পরিচয়পত্র পেশ", "কর", "CONSULT", "", "diplomatic", cameo="040", alone=0.7, with_verb=0.85)
# A killing told by its result: নিহত হওয়া (above); হত্যা করা হয়েছে is the passive of হত্যা.

# ---------------------------------------------------------------- breadth (s38)
# An execution by hanging (ফাঁসিতে ঝোলানো: hanged on the gallows), as ফাঁসি কার্যকর above.
ev("ফাঁসিতে", "ঝোলা", "ASSAULT", "targeted", "legal", cameo="186", with_verb=0.9)
# The causative রাজি/সম্মত করানো (made someone agree, talked someone into) is no agreement of the
# clause's subject: these longer patterns hold the words below the threshold.
for _agree in ("রাজি", "সম্মত"):
    for _caus in ("করানো", "করিয়ে", "করাতে", "করায়", "করান", "করাল", "করালো", "করিয়েছ*"):
        ev(f"{_agree} {_caus}", "", "AGREE", cameo="030", alone=0.1, alone_voice="active")

# What is condemned, alleged, demanded or threatened stands before the governing noun in the
# genitive (হামলার নিন্দা: condemnation of the attack; নিষেধাজ্ঞা আরোপের হুমকি: threat of
# sanctions; বন্দিদের মুক্তির দাবি). PLOVER codes the condemnation, the demand or the threat, not
# its content: the two are one trigger, `CONTENT-GEN .. GOVERNOR` (up to three words between).
GOVERNORS = [
    # governing noun, type, mode by the content's type (else none), cameo, weight
    ("নিন্দা", "ACCUSE", {"*": "disapprove"}, "111", 0.9),
    ("সমালোচনা", "ACCUSE", {"*": "disapprove"}, "111", 0.85),
    ("প্রতিবাদ", "ACCUSE", {"*": "disapprove"}, "114", 0.85),
    ("অভিযোগ", "ACCUSE", {"*": "allege"}, "112", 0.85),
    ("হুমকি", "THREATEN", {"SANCTION": "restrict", "ASSAULT": "violence", "COERCE": "violence"}, "130", 0.9),
    ("দাবি", "REQUEST", {"RETREAT": "yield", "CONCEDE": "yield", "CONSULT": "meet"}, "100", 0.85),
    ("আহ্বান", "REQUEST", {"RETREAT": "yield", "CONCEDE": "yield", "CONSULT": "meet"}, "020", 0.9),
    ("অনুরোধ", "REQUEST", {"RETREAT": "yield", "CONCEDE": "yield", "CONSULT": "meet", "AID": "assist"}, "020", 0.85),
    ("প্রতিশ্রুতি", "AGREE", {}, "030", 0.85),
    ("অঙ্গীকার", "AGREE", {}, "030", 0.85),
    ("প্রস্তাব", "AGREE", {}, "030", 0.7),
]
# Event nouns that are the content of those governors, with their own type.
CONTENTS = [
    ("হামলা", "ASSAULT"), ("আক্রমণ", "ASSAULT"), ("বিমান হামলা", "ASSAULT"), ("ড্রোন হামলা", "ASSAULT"),
    ("বোমা হামলা", "ASSAULT"), ("হত্যা", "ASSAULT"), ("হত্যাকাণ্ড", "ASSAULT"), ("গণহত্যা", "ASSAULT"),
    ("নির্যাতন", "ASSAULT"), ("সহিংসতা", "ASSAULT"), ("গুলি", "ASSAULT"), ("গোলাবর্ষণ", "ASSAULT"),
    ("অপহরণ", "ASSAULT"), ("সামরিক অভিযান", "ASSAULT"), ("আগ্রাসন", "ASSAULT"), ("যুদ্ধ", "ASSAULT"),
    ("আটক", "COERCE"), ("গ্রেপ্তার", "COERCE"), ("গ্রেফতার", "COERCE"), ("অভ্যুত্থান", "COERCE"),
    ("ক্ষমতা দখল", "COERCE"), ("দখল", "COERCE"), ("পুশ ইন", "COERCE"), ("বিতাড়ন", "COERCE"),
    ("নিষেধাজ্ঞা", "SANCTION"), ("নিষেধাজ্ঞা আরোপ", "SANCTION"), ("বহিষ্কার", "SANCTION"),
    ("মুক্তি", "RETREAT"), ("সেনা প্রত্যাহার", "RETREAT"), ("পদত্যাগ", "RETREAT"), ("যুদ্ধবিরতি", "RETREAT"),
    ("প্রত্যাবাসন", "RETREAT"),
    ("সহায়তা", "AID"), ("সাহায্য", "AID"),
    ("আলোচনা", "CONSULT"), ("বৈঠক", "CONSULT"), ("সংলাপ", "CONSULT"),
    ("হস্তক্ষেপ", "COERCE"),
    # extradition, handing over (হস্তান্তরের আহ্বান: called for the handover)
    ("প্রত্যর্পণ", "COERCE"), ("হস্তান্তর", "COERCE"),
]
VOWEL_SIGNS = "ািীুূৃেৈোৌ"


def genitive(noun):
    """হামলা → হামলার, আটক → আটকের, মুক্তি → মুক্তির."""
    return noun + ("র" if noun[-1] in VOWEL_SIGNS else "ের")


for gov, typ, modes, cameo, w in GOVERNORS:
    for content, ctype in CONTENTS:
        mode = modes.get(ctype, modes.get("*", ""))
        E.append((f"{genitive(content)} .. {gov}", "", typ, mode, "", "active", "active", cameo, w, 0,
                  "", ""))

HEADER = """pattern	type	mode	context	voice	cameo	weight	target
# Bengali event triggers, written by data/lexicon/gen/bn_events.py from its lemma tables (edit
# the tables there, not this file). Bengali is verb-final: a noun and its light verb make most
# events (হামলা চালিয়েছে, নিন্দা জানিয়েছে, বৈঠক করেছেন); the noun alone is a trigger too, and
# the future and negative forms of the light verb (চালাবে, জানায়নি) are aux cues after it.
# Decisions as in en/events.tsv: ক্ষমা চাওয়া/দুঃখ প্রকাশ (apologised) CONCEDE 055, নিষেধাজ্ঞা
# প্রত্যাহার (lifted sanctions) RETREAT ease 085 (data/events/concepts.tsv); হুঁশিয়ারি (warning) is THREATEN with a low weight, সতর্ক করেছে
# (warned) REJECT at 0.4; অভ্যর্থনা/আতিথ্য (received, hosted) are CONSULT visit with CAMEO 043;
# সই/স্বাক্ষর (signed) SUPPORT 057; প্রতিবাদ জানিয়েছে (lodged a protest) ACCUSE 114, বিক্ষোভ
# (demonstration) PROTEST; অস্বীকার (denied) is a negation cue in aux.tsv, প্রত্যাখ্যান/নাকচ
# (rejected) REJECT. The genitive object of নিন্দা/সমালোচনা/প্রশংসা + light verb is the target
# (`of`): ইসরায়েলের নিন্দা জানিয়েছে বাংলাদেশ = Bangladesh condemned Israel.
"""


# Rows written by hand into events.tsv in earlier sessions, kept here so that a run of this
# script writes them again (they had been added to the output file, not to the tables).
HAND = """# An ordinance, law, bill, order, decree or regulation signed (অধ্যাদেশে সই) is a domestic act, not an agreement.
অধ্যাদেশে সই	SUPPORT		diplomatic	recip	057	0.1
অধ্যাদেশটিতে সই	SUPPORT		diplomatic	recip	057	0.1
আইনে সই	SUPPORT		diplomatic	recip	057	0.1
আইনটিতে সই	SUPPORT		diplomatic	recip	057	0.1
বিলে সই	SUPPORT		diplomatic	recip	057	0.1
বিলটিতে সই	SUPPORT		diplomatic	recip	057	0.1
আদেশে সই	SUPPORT		diplomatic	recip	057	0.1
ডিক্রিতে সই	SUPPORT		diplomatic	recip	057	0.1
প্রজ্ঞাপনে সই	SUPPORT		diplomatic	recip	057	0.1
বিধিমালায় সই	SUPPORT		diplomatic	recip	057	0.1
অধ্যাদেশে স্বাক্ষর	SUPPORT		diplomatic	recip	057	0.1
অধ্যাদেশটিতে স্বাক্ষর	SUPPORT		diplomatic	recip	057	0.1
আইনে স্বাক্ষর	SUPPORT		diplomatic	recip	057	0.1
আইনটিতে স্বাক্ষর	SUPPORT		diplomatic	recip	057	0.1
বিলে স্বাক্ষর	SUPPORT		diplomatic	recip	057	0.1
বিলটিতে স্বাক্ষর	SUPPORT		diplomatic	recip	057	0.1
আদেশে স্বাক্ষর	SUPPORT		diplomatic	recip	057	0.1
ডিক্রিতে স্বাক্ষর	SUPPORT		diplomatic	recip	057	0.1
প্রজ্ঞাপনে স্বাক্ষর	SUPPORT		diplomatic	recip	057	0.1
বিধিমালায় স্বাক্ষর	SUPPORT		diplomatic	recip	057	0.1
# ---------------------------------------------------------------- stopped acts
# Stopping attacks (বন্ধ করেছে after them) is de-escalation.
হামলা .. বন্ধ কর*	RETREAT	disarm	military	active	087	0.8
বিমান হামলা .. বন্ধ কর*	RETREAT	disarm	military	active	087	0.8
অভিযান .. বন্ধ কর*	RETREAT	disarm	military	active	087	0.8
সামরিক অভিযান .. বন্ধ কর*	RETREAT	disarm	military	active	087	0.8
গোলাবর্ষণ .. বন্ধ কর*	RETREAT	disarm	military	active	087	0.8
বোমাবর্ষণ .. বন্ধ কর*	RETREAT	disarm	military	active	087	0.8
হামলা .. বন্ধ রাখ*	RETREAT	disarm	military	active	087	0.8
বিমান হামলা .. বন্ধ রাখ*	RETREAT	disarm	military	active	087	0.8
অভিযান .. বন্ধ রাখ*	RETREAT	disarm	military	active	087	0.8
সামরিক অভিযান .. বন্ধ রাখ*	RETREAT	disarm	military	active	087	0.8
গোলাবর্ষণ .. বন্ধ রাখ*	RETREAT	disarm	military	active	087	0.8
বোমাবর্ষণ .. বন্ধ রাখ*	RETREAT	disarm	military	active	087	0.8
হামলা .. স্থগিত কর*	RETREAT	disarm	military	active	087	0.8
বিমান হামলা .. স্থগিত কর*	RETREAT	disarm	military	active	087	0.8
অভিযান .. স্থগিত কর*	RETREAT	disarm	military	active	087	0.8
সামরিক অভিযান .. স্থগিত কর*	RETREAT	disarm	military	active	087	0.8
গোলাবর্ষণ .. স্থগিত কর*	RETREAT	disarm	military	active	087	0.8
বোমাবর্ষণ .. স্থগিত কর*	RETREAT	disarm	military	active	087	0.8
হামলা .. থামিয়ে দি*	RETREAT	disarm	military	active	087	0.8
বিমান হামলা .. থামিয়ে দি*	RETREAT	disarm	military	active	087	0.8
অভিযান .. থামিয়ে দি*	RETREAT	disarm	military	active	087	0.8
সামরিক অভিযান .. থামিয়ে দি*	RETREAT	disarm	military	active	087	0.8
গোলাবর্ষণ .. থামিয়ে দি*	RETREAT	disarm	military	active	087	0.8
বোমাবর্ষণ .. থামিয়ে দি*	RETREAT	disarm	military	active	087	0.8
"""


def fmt_w(w):
    return f"{w:.2f}".rstrip("0").rstrip(".") if w else ""


def main():
    rows = []
    seen = {}
    for (trig, verb, typ, mode, ctx, av, vv, cameo, alone, wv, target, atarget) in E:
        out = []
        if alone:
            out.append((trig, av, alone, atarget))
        if verb:
            if verb in LIGHT:
                forms = LIGHT[verb]
            elif verb == "বল":
                forms = ["বলেছ*", "বলেন", "বলে", "বলল", "বললো", "বললেন"]
            elif verb == "ঘোষণা কর":
                forms = ["ঘোষণা " + f for f in LIGHT["কর"]]
            elif verb == "জারি কর":
                forms = ["জারি " + f for f in LIGHT["কর"]]
            elif verb == "ডাক":
                forms = ["ডেকেছ*", "ডাকে", "ডাকেন", "ডাকল", "ডাকলো"] + CONVERBS["ডাক"]
            else:
                raise SystemExit(f"unknown light verb {verb!r}")
            # `..` lets up to three words stand between a noun and a specific verb (ত্রাণ সামগ্রী
            # পাঠিয়েছে, হামলা ও ভাঙচুর চালিয়েছে); the generic light verbs (করা, দেওয়া…) follow
            # their noun directly, else অভিযোগ .. করেছে would read অভিযোগ প্রত্যাখ্যান করেছে.
            gap = " .. " if verb in GAP_VERBS else " "
            for f in forms:
                out.append((f"{trig}{gap}{f}", vv, wv or alone, target))
            # The passive of an act done to someone (not of a meeting's or a signing's parties,
            # whose passive is the noun with হওয়া: "চুক্তি সই হয়েছে").
            if vv == "active":
                for vn in VERBAL_NOUN.get(verb, []):
                    for a in PASSIVE_AUX:
                        out.append((f"{trig}{gap}{vn} {a}", "passive", wv or alone, target))
        for pat, voice, w, tgt in out:
            if pat in seen:
                if seen[pat] != (typ, mode):
                    raise SystemExit(f"{pat!r} twice with different readings")
                continue
            seen[pat] = (typ, mode)
            cols = [pat, typ, mode, ctx, voice, cameo, fmt_w(w)] + ([tgt] if tgt else [])
            rows.append("\t".join(cols))
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(HEADER)
        for r in rows:
            f.write(r + "\n")
        f.write(HAND)
    print(f"{OUT}: {len(rows)} rows")


if __name__ == "__main__":
    main()
