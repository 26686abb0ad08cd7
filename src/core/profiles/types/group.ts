// Group note: topic, attendance, group interventions, member participation, plan; for each member, a progress note.
import { defineType, PROGRESS } from '../shared.js';

export default defineType({
  id: 'group',
  title: 'Group note',
  short: 'Group',
  family: 'group',
  names: ['group', 'group note', 'group therapy note', 'group session', 'group progress note'],
  sections: [
    { id: 'topic', title: 'Group topic', aliases: ['group topic', 'topic', 'theme', 'group theme', 'group focus'], holds: ['goals'] },
    { id: 'attendance', title: 'Attendance', aliases: ['attendance', 'members present', 'participants', 'group members'] },
    { id: 'interventions', title: 'Group interventions', aliases: ['group interventions', 'interventions', 'activities'], holds: ['interventions-response'] },
    { id: 'participation', title: 'Member participation', aliases: ['member participation', 'participation', 'client participation', 'client response', 'response'], holds: ['progress-monitoring', 'risk-assessment'] },
    { id: 'plan', title: 'Plan', aliases: ['plan', 'next steps', 'next group'], holds: ['plan'] },
  ],
  inferMin: 3,
  // Interventions, response and plan alone are any progress note: a group note names its topic or members.
  inferKey: ['topic', 'attendance'],
  titleCues: ['group note', 'group session', 'group therapy', 'group psychotherapy', 'group progress note', 'skills group', 'group debrief', 'group debriefing',
    // A group named by what it does: "Carers' Psychoeducation Group", "Bereavement support group".
    'psychoeducation group', 'psychoeducational group', 'support group', 'process group', 'therapy group', 'education group',
    // "CBT GROUP FOR SOCIAL ANXIETY", "Dads After Separation — closed group, week 5 of 10".
    'group for', 'closed group', 'open group', 'cbt group', 'dbt group',
    // "GROUP COUNSELLING SESSION RECORD", as counselling services name their groups.
    'group counselling', 'group counseling',
    // A member's record of a group ("Individual Participant Group Record").
    'group record', 'group progress record',
    // A church or peer "small group" ("SMALL GROUP PROGRESS RECORD").
    'small group',
    // Critical incident stress debriefing (CISD) meets a team together after the event.
    'group critical incident', 'cisd'],
  // A group note is each member's progress note: goals and risk are required as in any progress note.
  levels: { ...PROGRESS },
});
