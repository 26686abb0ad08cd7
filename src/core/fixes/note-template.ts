// Whole-note templates, built from the profiles and the catalog so they never drift from what the linter expects.
import { catalog } from '../dimensions/index.js';
import { renderTemplate } from './edits.js';
import { promptMarker, toSnippet } from '../note/prompts.js';
import type { Profile } from '../profiles/types.js';

/** What each canonical section asks, by section id. */
const SECTION_PROMPTS: Record<string, string> = {
  subjective: "What did the client report this session, in their own words where it matters?",
  objective: 'What did you observe (appearance, affect, behavior), and which measures or scores were taken?',
  assessment: 'What is your clinical reading of today, and how does it bear on the goals?',
  plan: 'What happens next: tasks before the next session, next appointment, referrals?',
  data: 'What did the client report, and what did you observe and measure?',
  behavior: "What did the client say and do; what was the client's presentation?",
  intervention: 'Which interventions did you use, by name, and toward which goal?',
  response: 'How did the client respond, and what progress toward the goal shows?',
  goal: 'Which treatment-plan goal did this session address?',
  problem: 'Which problem did this session address?',
  situation: 'What situation did the client bring to this session?',
  identifying: 'Age, pronouns, who referred the client, and who was present.',
  presenting: 'What brought the client in, in their own words; mandated or voluntary, and by whom?',
  history: 'How and when did the problem start; earlier treatment, substance use, medical history?',
  psychosocial: 'Family, supports, work, housing, health care, culture: what holds and what strains?',
  'mental-status': 'Appearance, behavior, mood and affect, thought process and content, cognition, insight, judgment.',
  risk: 'Suicidal and homicidal ideation, plan, intent, history; risk level; safety plan if needed.',
  strengths: 'Which strengths and resources can the client draw on?',
  impressions: 'Your formulation, diagnostic impressions, and the client\'s motivation and coping.',
  goals: "Initial goals in the client's words, agreed with the client.",
  interventions: 'Which interventions, how often, by whom, toward which objective?',
  barriers: 'What could get in the way, and how will it be addressed?',
  review: 'When will this plan be reviewed; did the client take part and sign?',
  reason: 'Why is treatment ending, and who decided?',
  course: 'What was done, and how far were the goals reached (measures at start and end)?',
  status: 'How is the client doing now; any risk at discharge?',
  aftercare: 'Maintenance and relapse-prevention plan, follow-up offered, referrals.',
  involvement: 'How central is the job to who the client is; how was it chosen; how does stress show?',
  coping: 'How does the client cope, and what did the job culture and training teach about coping?',
  needs: 'What does the job give the client (belonging, status, purpose); what does it stand in for?',
  bias: 'What do I assume about this occupation, and how am I checking it?',
  case: 'Who is the client, what is the work so far, and what is at stake now?',
  questions: 'What do you want from supervision on this case?',
  reflection: 'Your own reactions, assumptions and what you are unsure of.',
  feedback: "The supervisor's guidance and what you will do with it.",
  topic: "The group's topic and the goal it served.",
  attendance: 'Who attended (initials or count), who was absent.',
  participation: "Each member's participation and response, related to their goals.",
};

export interface NoteTemplateOptions {
  /** ISO date for the front matter. */
  date: string;
  /** Produce a VS Code snippet (prompts as tab stops) instead of plain Markdown. */
  snippet?: boolean;
}

/** A new note of the given type: front matter for session details, the title, and every section with its prompts. */
export function noteTemplate(profile: Profile, opts: NoteTemplateOptions): string {
  const lines: string[] = [
    '---',
    `type: ${profile.id}`,
    `date: ${opts.date}`,
    'start: ',
    'end: ',
    'modality: ',
    'clinician: ',
    'credentials: ',
    '---',
    '',
    `# ${profile.title}`,
  ];
  const placed = new Set<string>();
  const required = (id: string) => profile.levels[id] === 'warning' || profile.levels[id] === 'error';
  // A section that is a dimension ("Risk assessment", "Strengths", "Plan") asks that dimension's questions itself,
  // rather than holding a second heading of the same name.
  const isSection = (d: (typeof catalog)[number], aliases: string[]) => d.headings.some((h) => aliases.includes(h.replace(/^=/, '').toLowerCase()));
  for (const sec of profile.sections) {
    const same = catalog.find((d) => profile.homes[d.id] === sec.id && required(d.id) && !placed.has(d.id) && isSection(d, sec.aliases));
    if (same) placed.add(same.id);
    lines.push('', `## ${sec.title}`, '', same ? same.template.body : promptMarker(SECTION_PROMPTS[sec.id] ?? `What belongs under ${sec.title}?`));
    for (const d of catalog) {
      if (profile.homes[d.id] !== sec.id || !required(d.id) || placed.has(d.id)) continue;
      if (isSection(d, sec.aliases)) continue; // the section is the dimension
      placed.add(d.id);
      lines.push('', renderTemplate(d, 3));
    }
  }
  if (!profile.sections.length) {
    // No fixed format: one section per dimension the type requires (session details live in the front matter).
    const required = catalog.filter((d) => !d.fields && !profile.exempt && (profile.levels[d.id] === 'warning' || profile.levels[d.id] === 'error'));
    for (const d of required) lines.push('', renderTemplate(d, 2));
    if (!required.length) lines.push('', promptMarker('Write the note.'));
  }
  const text = lines.join('\n') + '\n';
  return opts.snippet ? toSnippet(text) : text;
}
