// Everyday wording for what the assessment dimensions ask about: clinicians write "she goes for a walk when she is
// upset" as often as "coping strategies", "has a hard time saying no" as often as "limitations". Read by
// individual-assessment (coping, limitations, motivation) and rapport-engagement (self-determination, engagement).
// Each entry is a phrase heard in many notes, never one note's sentence.

/** How the client gets through stress, helpful or not ("calms herself down", "vents to a friend"). */
export const copingEveryday: string[] = [
  'when stressed',
  'when upset',
  'when overwhelmed',
  'when anxious',
  'when angry',
  'when triggered',
  'calms down',
  'calm herself',
  'calm himself',
  'calm themselves',
  'calms herself',
  'calms himself',
  'to unwind',
  'unwinds',
  'blow off steam',
  'blows off steam',
  'let off steam',
  'vents to',
  'leans on',
  'turns to',
  'keeps busy',
  'keeps herself busy',
  'keeps himself busy',
  'gets through',
  'gets by',
  'bottles up',
  'isolates',
  'when things get hard',
  'when things get tough',
  'when things are hard',
  'when things are tough',
];

/** What is hard for the client, in plain words ("has a hard time saying no", "gets overwhelmed"). */
export const limitationsEveryday: string[] = [
  'hard time',
  'finds it hard',
  'finds it difficult',
  'has trouble',
  'trouble with',
  'struggles to',
  'gets overwhelmed',
  'easily overwhelmed',
  'short fuse',
  'loses her temper',
  'loses his temper',
  'loses their temper',
  'not good at',
  'challenges with',
  'gets frustrated',
  'easily frustrated',
  'frustrated quickly',
];

/**
 * Readiness, or not yet, to change ("fed up with", "on the fence"). Not "wants to stop ...": a wish is a want
 * (wants and needs), not a reading of readiness.
 */
export const motivationEveryday: string[] = [
  'keen to',
  'determined to',
  'eager to',
  'not ready',
  'on the fence',
  'torn about',
  'fed up with',
  'sick of',
  'tired of',
  'had enough',
  'decided to come',
  'chose to come',
  'of her own accord',
  'of his own accord',
  'of their own accord',
];

/** The client's own choices respected ("her choice", "client decided", "set the agenda"). */
export const selfDeterminationEveryday: string[] = [
  'her choice',
  'his choice',
  'their choice',
  "client's choice",
  'her decision',
  'his decision',
  'their decision',
  "client's decision",
  'client decided',
  'client chose',
  'she chose to',
  'he chose to',
  'they chose to',
  'set the agenda',
  'client-led',
  'up to her',
  'up to him',
  'up to them',
  'on her terms',
  'on his terms',
  'on their terms',
  'own pace',
  'set the pace',
  'sets the pace',
  'her wishes',
  'his wishes',
  'their wishes',
  'client preference',
];

/** Engagement as seen in the room, in plain words ("spoke openly", "one-word answers", "slow to warm up"). */
export const engagementEveryday: string[] = [
  'spoke openly',
  'talked openly',
  'shared openly',
  'spoke freely',
  'talkative',
  'chatty',
  'asked questions',
  'asked good questions',
  'came prepared',
  'leaned in',
  'quiet at first',
  'slow to warm up',
  'warmed up',
  'one-word answers',
  'minimal responses',
  'withdrawn',
  'disengaged',
  'checked out',
  'willing to talk',
  'open with',
];
