import type { Dimension } from './types.js';
import { cite } from './sources.js';

/** A wish to die or hopelessness in the client's words ("some days I don't see the point", "better I also go"). */
/** A wish to die said plainly: "tired of living", "better off without me", "sometimes I feel God should just take me". */
const WISH_TO_DIE = {
  cues: [
    'ready to die', 'ready to go be with', 'tired of living', 'tired of life', 'no reason to live', 'nothing to live for',
    'not worth living', "isn't worth living", 'better off without me', "wouldn't wake up", "won't wake up", 'not wake up',
    'not waking up', 'no point in living',
  ],
  patterns: [
    "\\b(?:don't|doesn't|do not|does not) want to be here anymore\\b",
    // "sometimes I wish I wasn't here", "I wish I'd never been born": a wish not to be, in the client's words, however it
    // is meant (not a screen's question: "asked whether she ever wishes she wasn't here").
    "\\bI\\s+wish(?:ed)?\\s+I\\s+(?:wasn['’]?t|weren['’]?t|was\\s+not|were\\s+not)\\s+(?:here|around|alive)\\b",
    "\\bI\\s+wish(?:ed)?\\s+I\\s+(?:(?:had|['’]d)\\s+)?never\\s+been\\s+born\\b",
    // "it is better I also go with the cows", "better if I was gone", "better off not being here".
    "\\bbetter\\s+(?:if\\s+|that\\s+)?I\\s+(?:also\\s+|just\\s+)?(?:go|die|was\\s+gone|were\\s+gone|wasn['’]t\\s+here|weren['’]t\\s+here|disappear(?:ed)?)\\b",
    "\\bbetter\\s+off\\s+(?:not\\s+(?:being\\s+)?(?:here|around|alive)|gone)\\b",
    // "there isn't much point to me hanging around", "no point in me going on".
    "\\b(?:no|isn['’]t\\s+(?:much|any)|not\\s+much|not\\s+any)\\s+point\\s+(?:to|in|of)\\s+(?:me|myself|him|her|them)\\s+(?:hanging\\s+around|being\\s+(?:here|around|alive)|going\\s+on|carrying\\s+on|living|staying\\s+(?:here|around|alive))\\b",
    // "my kids would be fine without me", "they'd be better off without me".
    "\\b(?:would|['’]d|will|'ll)\\s+be\\s+(?:fine|better|better\\s+off|ok|okay|happier|alright|all\\s+right)\\s+without\\s+me\\b",
    // "it would be easier not to wake up", "I'd rather never wake up", "easier if I just didn't wake up".
    "\\b(?:easier|better|rather|wish(?:ed|es)?|want(?:ed|s)?|hop(?:e|ed|es|ing))\\b[^.\\n]{0,25}\\b(?:not|never|didn['’]?t|did\\s+not|wouldn['’]?t|would\\s+not)\\s+(?:to\\s+)?wak(?:e|ing)\\s+up\\b",
    // Others better off, or things easier, without the client: "it'd be easier for everybody if I just didn't wake up",
    // "everyone would be better off if i wasnt their project", "the department would be better off if I'd stayed in there".
    "\\b(?:would|['’]d)\\s+be\\s+(?:better\\s+off|easier|simpler|happier)(?:\\s+for\\s+(?:everyone|everybody|them|all|the\\s+\\w+))?\\s+if\\s+I\\s+(?:just\\s+)?(?:wasn['’]?t|weren['’]?t|was\\s+not|were\\s+not|was\\s+gone|were\\s+gone|(?:had|['’]d)\\s+(?:died|stayed|never|not)|hadn['’]?t|didn['’]?t\\s+wake|never\\s+woke|disappeared|died)\\b",
    // Survivor's guilt said as a wish: "it would have been better if I burned up instead of Mace", "it should have been
    // me", "wish it had been me instead".
    "\\bbetter\\s+if\\s+(?:it\\s+(?:was|were|had\\s+been)\\s+me|I\\s+(?:had\\s+)?[a-z]{2,15}(?:\\s+(?:up|away))?\\s+instead\\s+of)\\b",
    "\\b(?:should(?:\\s+have|['’]ve)\\s+been|wish(?:ed)?\\s+it\\s+(?:had|['’]d)\\s+been|wish(?:ed)?\\s+it\\s+(?:was|were))\\s+me\\b(?=\\s*(?:[.!,;\"”'’]|instead\\b|and\\s+not\\b|not\\s+(?:him|her|them)\\b|$))",
    // "I'd rather be dead than live with this bag", "I might as well be dead", "might as well go down the shaft myself".
    "\\b(?:rather|sooner)\\s+(?:just\\s+)?(?:be\\s+dead|die)\\b",
    "\\bmight\\s+as\\s+well\\s+(?:just\\s+)?(?:be\\s+dead|die|end\\s+it|not\\s+be\\s+(?:here|alive|around)|jump|kill\\s+myself|go\\s+(?:down|off|over|under|in)\\b[^.\\n]{0,25}\\bmyself)\\b",
    // Walking into the water and on: "I'll just walk down to the water and keep going".
    "\\bwalk(?:ed|ing|s)?\\s+(?:down\\s+to|into|out\\s+into)\\s+the\\s+(?:sea|water|ocean|lake|river|waves|surf|bay)\\b[^.\\n]{0,20}\\b(?:keep\\s+(?:going|walking)|not\\s+come\\s+back|never\\s+come\\s+back)\\b",
    // "sometimes I feel God should just take me", "wish the Lord would take me home": a wish to die, said through faith.
    "\\b(?:God|the\\s+Lord|Allah|Jesus|Bhagwan)\\s+(?:should|would|could|will|to|can|might)\\s+(?:just\\s+|please\\s+|already\\s+)?(?:take|call)\\s+me\\b",
    // (or wished in the past: "God should have taken me instead of them")
    "\\b(?:God|the\\s+Lord|Allah|Jesus|Bhagwan)\\s+(?:should|could|would)(?:\\s+have|['’]ve)\\s+(?:just\\s+)?(?:taken|called)\\s+me\\b",
  ],
};

const DEATH_WISH = {
  label: 'a wish to die or hopelessness',
  cues: [
    ...WISH_TO_DIE.cues,
    "can't go on", 'cannot go on', "can't take it anymore", "can't take this anymore", "what's the point", 'hopeless', 'hopelessness', 'death wish',
  ],
  patterns: [
    ...WISH_TO_DIE.patterns,
    "\\bhow much more (?:of this )?(?:I|she|he|they) can take\\b",
    // "there's no point to any of it", "no point in any of it any more".
    "\\bno\\s+point\\s+(?:to|in|of)\\s+(?:any\\s+of\\s+(?:it|this)|anything|it\\s+all)\\b",
    // "I don't see the point of any of it", "can't see the point anymore": of living, said sideways.
    // Despair said as the end of what the client can bear: "I'm at the end of my tether, I can't keep doing this", "at
    // breaking point" (not a load named: "can't keep doing this on weekends", "the nights").
    '\\bend\\s+of\\s+(?:my|her|his|their)\\s+(?:tether|rope)\\b',
    '\\bat\\s+(?:(?:my|her|his|their|a)\\s+)?breaking\\s+point\\b',
    "\\b(?:can['’]?t|cannot)\\s+keep\\s+(?:doing|going\\s+on\\s+like|going\\s+like)\\s+this\\b(?!\\s+(?:on|at|for|with|every|all)\\b|\\s+(?:job|shift|work|nights?|weekends?)\\b)",
    // "hasn't seen the point of much since Peigi died".
    "\\b(?:hasn['’]t|has\\s+not|haven['’]t|have\\s+not)\\s+seen\\s+the\\s+point\\s+(?:of|in)\\s+(?:much|anything|it\\s+all)\\b",
    "\\b(?:don['’]t|doesn['’]t|do not|does not|can['’]t|cannot|no longer)\\s+(?:see|know)\\s+(?:the|any|what\\s+the)\\s+point\\b(?!\\s+(?:of|in)\\s+(?:the|this|that|a|an|my|his|her|their)\\s+(?:meeting|form|forms|session|sessions|group|appointment|class|job|course|exercise|app|diet|rule|rules|homework|worksheet)\\b)",
  ],
};

/**
 * The warning signs of suicide that are not a wish to die said in words: wanting to disappear, feeling a burden to
 * others, giving prized things away, saying goodbye or putting affairs in order (the warning signs that suicide
 * prevention guidance lists). Told by the client or by someone who knows them, each asks for a screen.
 */
const WARNING_SIGNS = {
  label: 'a warning sign of suicide (wanting to disappear, feeling a burden, giving things away, saying goodbye)',
  cues: ['farewell statement', 'giving away possessions', 'giving things away', 'gave things away'],
  patterns: [
    // "I just want to disappear", "wishing I could disappear", "I'd rather just disappear" (not "the symptoms disappeared";
    // nor one the client sets apart from dying at once: "want to disappear for a day, not die").
    "\\b(?:want(?:s|ed|ing)?|wish(?:es|ed|ing)?(?:\\s+(?:I|she|he|they)\\s+could)?|rather|like)\\s+(?:to\\s+)?(?:just\\s+)?disappear\\b(?![^.;\\n]{0,40}\\bnot\\s+(?:to\\s+)?(?:die|dead|be\\s+dead)\\b)",
    // "I'm a burden", "feels like a burden", "worries he is a burden on her" (not "caregiver burden", "the commute is a burden").
    "\\b(?:I['’]m|I\\s+am|(?:she|he|they)(?:['’](?:s|re)|\\s+(?:is|was|are|were))|being|feel(?:s|ing)?(?:\\s+like)?|felt(?:\\s+like)?)\\s+(?:such\\s+)?a\\s+burden\\b",
    "\\bburden\\s+(?:on|to)\\s+(?:everyone|everybody|others|the\\s+family|(?:my|his|her|their)\\s+(?:family|kids|children|wife|husband|partner|son|daughter|parents))\\b",
    // "gave away his three guitars", "giving away her things" (not "gave away the answer").
    "\\b(?:gave|give|gives|giving|given)\\s+away\\s+(?:his|her|their|my|all|most|some\\s+of)\\b",
    // "I won't be needing them where I'm going", "putting her affairs in order", "squaring things up with everybody".
    "\\bwon['’]t\\s+(?:be\\s+)?need(?:ing)?\\s+(?:them|it|these|those|this|that)\\s+(?:where|any\\s*more)\\b",
    "\\b(?:putting|put|puts|get(?:ting)?)\\s+(?:his|her|their|my)\\s+affairs\\s+in\\s+order\\b",
    "\\bsquaring\\s+(?:things|it\\s+all|everything)\\s+(?:up|away)\\b",
    "\\bsa(?:ying|id|ys)\\s+goodbyes?\\s+to\\s+(?:everyone|everybody|friends|family|people|them\\s+all)\\b",
  ],
};

/** Voices that tell the client to die, vanish or hurt someone. */
const COMMAND_VOICES = {
  label: 'voices telling the client to die or to hurt someone',
  cues: ['command hallucinations', 'command hallucination', 'command voices', 'command AH', 'command-type AH'],
  // (Not "the voices have never told him to hurt himself".)
  patterns: ["\\bvoices?\\b(?![^.;\\n]{0,40}\\b(?:never|not|no\\s+longer|\\w+n['’]t)\\b)[^.;\\n]{0,40}\\b(?:telling|tell|tells|told|saying|say|says|said|urging|urge)\\b[^.;\\n]{0,30}\\b(?:die|kill|hurt|harm|disappear|end it|jump)\\b"],
};

/** The PHQ-9's ninth item answered above 0. */
const POSITIVE_ITEM_9 = {
  label: 'a positive answer to the PHQ-9 item on self-harm',
  cues: [] as string[],
  patterns: [
    '\\b(?:item|q|question)\\s?#?\\s?9\\s*(?:(?:=|:|-|of|scored?(?:\\s+as)?)\\s*)?(?:[1-3]\\b|positive\\b|endorsed\\b|\\+)',
    '\\b(?:positive|endorsed|endorses|endorsing)\\s+(?:on\\s+)?(?:the\\s+)?(?:phq-?9\\s+)?(?:item|q|question)\\s?#?\\s?9\\b',
  ],
};

export const riskAssessment: Dimension = {
  id: 'risk-assessment',
  title: 'Risk assessment',
  why: 'Suicide and violence risk must be screened and its level stated at intake, in progress notes and at discharge; a safety plan is expected whenever risk is present.',
  source: cite('jcSuicideRisk', ['payers', 'a suicide and homicide screen in every clinical contact']),
  headings: [
    'Risk assessment',
    '=Risk',
    // The risk as the service ends or changes hands ("RISK AT DISCHARGE: N/A" is the risk left unwritten).
    'Risk at discharge',
    'Risk at termination',
    'Risk at transfer',
    'Risk at closing',
    'Current risk',
    'Client risk',
    'Risk level',
    'Risk status',
    'Risk review',
    'Risk screening',
    'Risk screen',
    'Risk factors',
    'Risk and protective factors',
    'Risk and safety',
    'Risk/safety',
    '=Safety',
    'Safety assessment',
    'Safety screening',
    'Safety concerns',
    'Safety plan',
    'Safety planning',
    'Suicide risk',
    'Suicide risk assessment',
    'Suicide screening',
    'Suicidality',
    'Lethality',
    'Lethality assessment',
    'Dangerousness',
    'Danger to self or others',
    'SI/HI',
    '=SI',
    'Self-harm',
    'Crisis plan',
  ],
  // "## Safety / No safety concerns.": an entry that names neither ideation, plan, history, factors, level nor a
  // safety plan has not screened anything.
  entryNeedsEvidence: 'short',
  subItems: [
    {
      id: 'ideation',
      label: 'suicidal and homicidal ideation screened',
      cues: [
        'SI',
        'SI/HI',
        'SIB',
        'NSSI',
        'suicidal ideation',
        'suicidal thoughts',
        'thoughts of suicide',
        'thoughts of self-harm',
        'thoughts of harming',
        'thoughts of hurting',
        'thoughts of death',
        'passive death wish',
        'wish to be dead',
        'wishes to be dead',
        'better off dead',
        // ("passive thoughts in the hospital, none in the past 2 weeks": passive suicidal thoughts, as clinicians shorten it)
        'passive thoughts',
        'suicidal',
        'suicidality',
        'self-harm',
        'self harm',
        'self-injury',
        'self-injurious',
        'harm to self',
        'harm self or others',
        'danger to self',
        'DTS',
        'C-SSRS',
        'Columbia protocol',
        'Columbia screen',
        'Columbia suicide',
        'CSSRS',
        'ASQ',
        'SBQ-R',
        'item 9',
        'suicide screen',
        'suicide screening',
        // Plain words, as a child, a parent or a clinician puts it.
        'hurt himself',
        'hurt herself',
        'hurt themselves',
        'hurt myself',
        'harm himself',
        'harm herself',
        'harm themselves',
        'harm myself',
        'kill himself',
        'kill herself',
        'kill themselves',
        'kill myself',
        'end his life',
        'end her life',
        'end their life',
        'end my life',
        // A letter to the client: "you had not had any thoughts of ending your life since the autumn".
        'end your life',
        'hurt yourself',
        'harm yourself',
        'kill yourself',
        'want to die',
        'wanting to die',
        'wants to die',
      ],
      patterns: [
        '\\bS\\.?I\\.?\\s*/\\s*H\\.?I\\.?\\b',
        '\\b(?:denies|denied|endorses|endorsed|reports|reported|no|negative for|positive for|screened for|screen for|-)\\s*(?:any\\s+|active\\s+|passive\\s+|current\\s+|recent\\s+)?(?:SI|SIB|NSSI|self[- ]?harm)\\b',
        '\\bitem\\s*9\\b',
        // "Columbia screen negative for ideation": ideation screened, said without "suicidal" (not "paranoid ideation").
        '\\b(?:negative|positive|screened|screen)\\s+for\\s+(?:any\\s+)?(?:ideation|suicidality)\\b',
      ],
      // "Urges to self-harm at 3/5" or "reports SI" shows risk to assess; alone, it is not the assessment.
      disclosure: true,
      notQuoted: true,
      screens: {
        cues: ['C-SSRS', 'CSSRS', 'Columbia protocol', 'Columbia suicide', 'ASQ', 'SBQ-R', 'item 9', 'suicide screen', 'suicide screening', 'safety screen', 'risk screen'],
        patterns: [
          // ("asked directly about thoughts of suicide")
          '\\b(?:screened|screen|assessed|asked|inquired|enquired|queried|explored)\\s+(?:directly\\s+|specifically\\s+|again\\s+|routinely\\s+)?(?:for|about|re:?|regarding)\\s+(?:\\w+(?:\\s+|/)){0,2}?(?:SI|HI|suicid\\w*|homicid\\w*|self[- ]?harm\\w*|thoughts of)\\b',
          // The screen named after what it screens: "SI screened each session: denies", "suicide risk assessed today".
          '\\b(?:SI|HI|suicid\\w*|homicid\\w*|self[- ]?harm)(?:\\s+(?:risk|ideation|thoughts))?\\s+(?:was\\s+|were\\s+)?(?:screened|assessed|asked about|explored)\\b',
          // The question as put to the client: "Do you ever think about hurting yourself, or about not wanting to be alive?"
          "\\b(?:do|did|have|are|were)\\s+you\\s+(?:ever\\s+|been\\s+)?(?:\\w+\\s+){0,2}?(?:think|thought|thinking|feel|felt|had|have|having)\\b[^.?\\n]{0,60}?\\b(?:(?:hurt|harm)\\w*\\s+yoursel(?:f|ves)|kill\\w*\\s+yoursel(?:f|ves)|not\\s+(?:wanting\\s+to\\s+)?(?:be|being)\\s+alive|suicid\\w*|self[- ]?harm\\w*|end\\w*\\s+your\\s+life|better\\s+off\\s+dead|want(?:ing)?\\s+to\\s+die)",
          // The client's answer to the question, however given: "pointed 'no' to thoughts of hurting himself", "circled
          // no for self-harm".
          '\\b(?:said|answered|pointed(?:\\s+to)?|indicated|circled|marked|ticked|checked|wrote|nodded|signed)\\s+["“\']?no["”\']?\\s+(?:to|for|next\\s+to|on)\\s+(?:the\\s+(?:item|question)\\s+(?:on|about)\\s+)?["“\']?(?:thoughts?\\s+of|SI\\b|suicid\\w*|self[- ]?harm|hurting\\s+(?:him|her|them)sel(?:f|ves)|wanting\\s+to\\s+die|killing)',
          // A form's item and its answer: "check-in form item on self-harm thoughts = 0", "question about suicide: 0".
          '\\b(?:item|question)\\s+(?:on|about|for|re:?)\\s+(?:\\w+\\s+){0,2}?(?:SI|suicid\\w*|self[- ]?harm\\w*)(?:\\s+(?:thoughts|ideation|urges))?\\s*(?:=|:|was|scored)\\s*\\d',
          // The question itself: "asked if he ever feels so sad that he wants to hurt himself or not be alive", or the last
          // of a list of them ("asked about feeling sad, whether anyone hurts him, and whether he ever thinks about ...").
          "\\b(?:asked|asks|inquired|enquired|queried|checked)\\s+(?:[^.?\\n]{0,160}?[,;]\\s+(?:and\\s+|or\\s+)?|(?:\\w+\\s+){0,5}?)(?:if|whether)\\s[^.\\n]{0,80}?\\b(?:(?:hurt|harm)\\w*\\s+(?:him|her|them|your|one)sel(?:f|ves)|kill\\w*\\s+(?:him|her|them|your|one)sel(?:f|ves)|not\\s+(?:be|being)\\s+alive|suicid\\w*|self[- ]?harm\\w*|end\\w*\\s+(?:his|her|their|your)\\s+life|better\\s+off\\s+dead)",
        ],
      },
    },
    {
      id: 'plan-intent',
      label: 'plan, intent and means',
      cues: [
        'plan or intent',
        'intent or plan',
        'plan and intent',
        'intent and plan',
        'suicide plan',
        'specific plan',
        'intent to act',
        'intention to act',
        'intent to die',
        'access to means',
        'access to lethal means',
        'lethal means',
        'means restriction',
        'means safety',
        'access to firearms',
        'access to weapons',
        'firearms in the home',
        'guns in the home',
        'no firearms',
        'preparatory behavior',
        'preparatory behaviors',
        'rehearsal behavior',
      ],
      patterns: [
        '\\b(?:SI|HI|ideation|suicid\\w*|homicid\\w*|self[- ]?harm)\\b[^.\\n]{0,60}\\b(?:plan|intent|means)\\b',
        '\\b(?:plan|intent)\\b[^.\\n]{0,25}\\b(?:to (?:kill|harm|hurt|die|end)|suicid\\w*|self[- ]?harm)\\b',
        // Asked and denied in a list: "no plan, intent or attempts", "denies plan, intent", "no plan/intent"
        '\\b(?:no|denies|denied|denying|without|nor)\\s+(?:any\\s+|current\\s+|active\\s+)?plans?[ \\t]*(?:,|/|or|and|nor)[ \\t]*(?:any\\s+)?(?:intent|intention)\\b',
        // Means asked about in plain words: "no weapons in his truck or home", "his brother-in-law has his hunting rifle"
        '\\b(?:weapons?|firearms?|guns?|rifles?|shotguns?|handguns?)\\b[^.\\n]{0,30}\\b(?:in|at)\\s+(?:the|his|her|their)\\s+(?:home|house|truck|car|vehicle|apartment|room)\\b',
        '\\b(?:locked|secured|stored|removed|holds|keeps|has|gave\\s+away|handed\\s+over)\\s+(?:up\\s+)?(?:his|her|their|the)\\s+(?:hunting\\s+)?(?:rifles?|guns?|firearms?|weapons?|shotguns?|handguns?)\\b',
        // The same in the passive, or asked and answered: "service weapon is kept in a lockbox", "no weapons accessible".
        // (Or where they are now: "Confirmed rifles are still at his son's place", "guns are in the safe".)
        '\\b(?:rifles?|guns?|firearms?|weapons?|shotguns?|handguns?)\\s+(?:is|are|was|were)\\s+(?:now\\s+|still\\s+)?(?:kept|locked|stored|secured|removed|at|with|in)\\b',
        '\\b(?:no|any)\\s+(?:weapons?|firearms?|guns?)\\s+(?:accessible|available|in\\s+the\\s+(?:home|house))\\b',
      ],
    },
    {
      id: 'history',
      label: 'history of attempts and risk behaviors',
      cues: [
        'suicide attempt',
        'suicide attempts',
        'prior attempt',
        'prior attempts',
        'previous attempt',
        'previous attempts',
        'past attempt',
        'past attempts',
        'history of attempts',
        'aborted attempt',
        'interrupted attempt',
        'attempted suicide',
        'intentional overdose',
        'self-harm history',
        'history of self-harm',
        'cutting behavior',
      ],
      patterns: ['\\b(?:hx|history) of (?:SI|HI|SA|suicid\\w*|self[- ]?harm|NSSI|attempts?|overdose|assault|violence|aggression)\\b'],
      disclosure: true,
    },
    {
      id: 'factors',
      label: 'risk and protective factors',
      cues: [
        'risk factors',
        'risk factor',
        'protective factors',
        'protective factor',
        'reasons for living',
        'future-oriented',
        'future oriented',
        'future orientation',
        'religious objection',
        'responsibility to children',
        'fear of death',
      ],
    },
    {
      id: 'level',
      label: 'risk level stated',
      cues: [
        'risk level',
        'level of risk',
        'no imminent risk',
        // "No current risk concerns (last screened 01/08, negative)": the level, as a supervision or review notes it.
        'no current risk',
        'no risk concerns',
        'not at imminent risk',
        'risk formulation',
        'risk is low',
        'risk is moderate',
        'risk is high',
        'risk assessed as',
        'risk rated',
        'feels safe at home',
        'feel safe at home',
      ],
      patterns: [
        '\\b(?:low|minimal|moderate|elevated|high|imminent|acute|chronic)[- ](?:suicide |suicidal |lethality |violence |safety )?risk\\b(?!\\s+(?:of|for)\\s+(?!harm|self|suicid|violen|danger))',
        // ("Risk: low", and as a terse note puts it, "Risk low.")
        '\\brisk(?: level)?(?:\\s*[:=\u2013-]\\s*|\\s+)(?:low|minimal|moderate|elevated|high|imminent)\\b',
        '\\b(?:suicide |suicidal |overall |current |acute |safety )?risk (?:level )?(?:is|was|remains|appears|assessed as|rated as|determined to be|judged to be|estimated as)\\s+(?:\\w+\\s+)?(?:low|minimal|moderate|elevated|high|imminent)\\b',
      ],
    },
    {
      id: 'safety-plan',
      label: 'safety plan (when risk is present)',
      notAlone: true,
      cues: [
        'safety plan',
        'safety planning',
        'crisis plan',
        'Stanley-Brown',
        'crisis line',
        'crisis hotline',
        'crisis text line',
        '988',
        'mobile crisis',
        'crisis resources',
        'emergency contacts',
        'emergency plan',
        'means restriction',
        'lethal means counseling',
        'inpatient evaluation',
        'emergency evaluation',
      ],
      patterns: ['\\b988\\b'],
    },
  ],
  threshold: 1,
  // Access to a firearm, or a suicide close to the client: "denies SI" alone is not an assessment of that risk.
  // A warning sign in a note whose type only recommends a risk assessment (a phone contact, an outreach visit, a
  // supervision note about a client, a plan review) makes it required: "maybe I'll just quit this whole thing" told
  // by a collateral, met with "will explore at next session", is the gap a supervisor flags first.
  triggers: [
    { id: 'death-wish', ...DEATH_WISH, level: 'warning' },
    { id: 'warning-signs', ...WARNING_SIGNS, level: 'warning' },
    { id: 'command-voices', ...COMMAND_VOICES, level: 'warning' },
    { id: 'positive-item-9', ...POSITIVE_ITEM_9, level: 'warning' },
  ],
  raisedBy: [
    {
      id: 'firearm-access',
      label: 'access to a firearm',
      cues: ['gun', 'guns', 'firearm', 'firearms', 'rifle', 'rifles', 'shotgun', 'shotguns', 'handgun', 'handguns', 'pistol', 'revolver', 'hunting rifle'],
      threshold: 2,
      // "The suspect pointed a handgun at her": a weapon used against the client is no access to one.
      senses: ['used-against'],
    },
    {
      id: 'suicide-exposure',
      label: 'a suicide close to the client',
      cues: ['died by suicide', 'death by suicide', 'killed himself', 'killed herself', 'killed themselves', 'took his own life', 'took her own life', 'took their own life', 'suicide loss', 'suicide of'],
      threshold: 2,
      // Another person's death is the sign itself.
      context: { hypothetical: true },
    },
    {
      // An act of violence by the client, at home or in the room: "punched a cabinet", "smashed her phone", "shoved
      // him". A bare "no safety concerns" has not asked who is at risk.
      id: 'violence',
      label: 'an act of violence',
      cues: ['punched a wall', 'punched the wall', 'punched a hole', 'put his fist through', 'put her fist through'],
      patterns: [
        // (Not "kicked the habit", "punched the clock".)
        '\\b(?:punched|kicked|smashed|shoved|slapped|choked|strangled)\\s+(?:a|the|his|her|their|my|him|me|them)\\b(?!\\s+(?:habit|clock)\\b)',
        '\\b(?:threw|hurled)\\s+(?:a|the|his|her|their|my)\\s+(?:\\w+\\s+)?(?:at|across)\\b',
      ],
      threshold: 2,
    },
    {
      // Warning signs in the client's words: a wish to die said plainly, or hopelessness. Dismissed without a screen
      // ("not considered suicidal in nature") or met by a bare "denies SI", it has not been assessed.
      id: 'death-wish',
      ...DEATH_WISH,
      threshold: 2,
    },
    {
      // Wanting to disappear, feeling a burden, giving things away: a bare screen written before the sign has not
      // asked about it; one told after it answers it ("clarified it was embarrassment, denies any thoughts of death").
      id: 'warning-signs',
      ...WARNING_SIGNS,
      threshold: 2,
      answeredBy: ['ideation', 'plan-intent', 'level', 'safety-plan'],
    },
    {
      // A wish to die said plainly after everything the note tells of risk ("Denies SI/HI", then near the end
      // "sometimes I feel God should just take me") has not been asked about: a screen must follow it.
      id: 'wish-to-die',
      label: 'a wish to die',
      ...WISH_TO_DIE,
      threshold: 2,
      followedBy: ['ideation', 'plan-intent', 'level', 'safety-plan'],
    },
    {
      // Voices that tell the client to die, vanish or hurt someone: command hallucinations ask for a suicide and
      // violence assessment, not a note that the voices continue.
      id: 'command-voices',
      ...COMMAND_VOICES,
      threshold: 2,
    },
    {
      // The PHQ-9's ninth item (thoughts of being better off dead or of self-harm) answered above 0: "PHQ-9 = 14 (item
      // 9 = 1)", "endorsed item 9". A screen that asks it needs a suicide assessment that follows it up.
      id: 'positive-item-9',
      ...POSITIVE_ITEM_9,
      threshold: 3,
    },
  ],
  negation: 'unexplored',
  context: { deferred: true },
  // "High-risk situations" and "risk of relapse" belong to relapse prevention, not to a risk of harm.
  // ("High-risk situations" in relapse prevention; "say hi to Vihaan" is no HI.)
  senses: ['relapse-risk', 'greeting'],
  template: {
    heading: 'Risk Assessment',
    body: [
      '- **Ideation:** <!-- ? Suicidal and homicidal thoughts asked about? What did the client say (e.g. denies SI/HI)? -->',
      '- **Plan, intent, means:** <!-- ? Any plan, intent, preparatory behavior or access to means (firearms, medications)? -->',
      '- **History:** <!-- ? Past attempts, self-harm or violence? -->',
      '- **Risk and protective factors:** <!-- ? What raises the risk now, and what protects the client (reasons for living, supports)? -->',
      '- **Risk level:** <!-- ? Low, moderate, high or imminent, and on what basis? -->',
      '- **Safety plan:** <!-- ? If any risk is present: safety plan reviewed or created, means safety, crisis contacts (988)? -->',
    ].join('\n'),
  },
};
