/**
 * The seed minutes (test/fixtures/minutes/idmg-2012-04-17-minutes.txt, a PDF-to-text scramble of a
 * two-column original) as their author laid them out: the discussion on the left, each item's
 * Actions box beside it on the right. The text is the seed's, word for word; test/files builds a
 * Word file and a PDF from it, and both must parse as the seed does.
 */
export const SEED_TITLE = 'Inter-Departmental Ministerial Group on Human Trafficking';
export const SEED_DATE = '17 April 2012';

export const SEED_ATTENDEES: string[][] = [
  ['Home Office', 'Damian Green MP', 'Chair'],
  ['Home Office', 'Chris Blairs'],
  ['Home Office', 'Official'],
  ['MPS', 'Official'],
  ['AGO', 'Official (for Edward Garnier QC MP)'],
  ['DCLG', 'Baroness Hanham MP'],
  ['DfE', 'Tim Loughton MP'],
  ['FCO', 'Jeremy Browne MP'],
  ['MOJ', 'Crispin Blunt MP'],
  ['DFID', "Official (for Stephen O'Brien MP)"],
  ['DH', 'Official (for Anne Milton MP)'],
  ['DWP', 'Official (for Chris Grayling MP)'],
  ['Wales Office', 'David Jones MP'],
  ['Northern Ireland Executive', 'David Ford MLA'],
  ['Scotland Office', 'Official (for David Mundell MP)'],
  ['Scottish Executive', 'Official (for Kenny MacAskill MSP - via videolink)'],
  ['Scottish Executive', 'Official (for Kenny MacAskill MSP - via videolink)'],
];

export const SEED_APOLOGIES: string[][] = [
  ['Home Office', 'Lynne Featherstone MP'],
  ['DFID', "Stephen O'Brien MP"],
  ['DH', 'Anne Milton MP'],
  ['DWP', 'Chris Grayling MP'],
  ['Scottish Executive', 'Kenny MacAskill MSP'],
  ['Scotland Office', 'David Mundell MP'],
  ['Welsh Assembly Government', 'Carl Sargeant AM'],
  ['AGO', 'Edward Garnier QC MP'],
];

export interface SeedItem {
  number: string;
  heading: string;
  paragraphs: string[];
  /** the Actions box beside the item */
  actions: string[];
}

export const SEED_ITEMS: SeedItem[] = [
  {
    number: '2',
    heading: '2. Human Trafficking and the Olympics',
    paragraphs: [
      'Officials from the Olympic Security Directorate, Home Office and SCD9, MPS provided an update on the Olympic Games from a policy and operational perspective.',
      '2.1 There is no evidence to date of an increase in trafficking due to the Olympics. However, if a threat occurred, intelligence structures were in place to deal with it. Provisions exist within the Serious Organised Crime project (part of the Olympic Safety and Security Programme) with links to UK Human Trafficking Centre (UKHTC) and the Serious Organised Crime Agency to upscale this response as needed. Police officers are prepared and have been issued with trafficking toolkits.',
      '2.2 The Group was reassured that trends will continue to be monitored to ensure any changes are quickly identified and dealt with, especially relating to on-street prostitution. The Home Office and law enforcement agencies are engaged with third sector stakeholders to mitigate this threat through wider messaging and targeting campaigns. Media in the UK and source countries is also being utilised to spread awareness on trafficking.',
      "2.3 A key potential risk is the use of supply chains for trafficking into the hospitality sector leading to increased labour exploitation. IDMG were notified that SCD9 are working with Anti-Slavery international and Human Rights in Business on 'Staff Wanted', a project to highlight the potential dangers of trafficking to those seeking employment in the UK.",
    ],
    actions: ['Actions:', 'None'],
  },
  {
    number: '3',
    heading: '3. Role of the IDMG – National Rapporteur function',
    paragraphs: [
      'Home Office introduced the discussion on the role and remit of the group, which needs to be revised in order to perform the National Rapporteur function in compliance with the requirements in the EU Directive on Human Trafficking.',
      "3.1 Analyse and assess trends in human trafficking/ frequency of meetings: To perform the rapporteur function effectively, particularly the assessment of trends, it was suggested the frequency of meetings was increased. However, it was agreed that the current arrangements for twice a year are sufficient, with the Officials' Strategy Board meetings providing a support function to the IDMG. The majority of the Group felt this would ensure good attendance at meetings but also agreed that if needed urgent meetings between specific IDMG members could be arranged at any time.",
      '3.2 Work with Civil Society Organisations: it would be difficult to invite every NGO as a standing member and problematic if only a select few were included as members. The option agreed was to ensure structured input from the NGO community through the Strategy Board and that representatives could be invited to specific meetings as needed.',
      '3.3 Produce a report: Production of an annual report was agreed by the Group. The first report would be produced for October 2012 in time for Anti-Slavery Day (18 October) in order to also capture the first anniversary of the Human Trafficking Strategy. It was noted that the report needed to cover the UK as a whole.',
      '3.4 Membership: A suggestion was put forward that membership also include HMRC due to recent issues surrounding benefit/identity fraud and trafficking. Home Office agreed to check with HMRC if this was required.',
      'Home Office also provided a general update on human trafficking.',
      '3.5 To take forward the actions arising out of the Human Trafficking Strategy, a range of themed stakeholder groups were set up last year, bringing together key NGO stakeholders and cross-departmental officials. The groups are working well; they have met three times and already generated some useful ideas and suggestions, which are now being taken forward whilst considering how best to take these groups forward.',
      '3.6 The Strategy Board has so far met twice and will continue to provide support and direction to the IDMG by overseeing and coordinating human trafficking work across the various Government Departments. It was agreed at this meeting that the Strategy Board would more formally provide an update paper for IDMG meetings and reports should be produced quarterly to be sent to all IDMG members.',
    ],
    actions: ['Actions:', 'Home Office to speak with HMRC regarding IDMG membership.'],
  },
  {
    number: '4',
    heading: '4. Assessment of trends in human trafficking',
    paragraphs: [
      'Official from the Home Office provided an analysis of the data to the Group.',
      '4.1 The data covered recent referral trends, focusing on nationality, exploitation type, age, gender, as well as victim support by region and provider.',
      '4.2 Further information on internal trafficking was considered useful to the Group, as the National Referral Mechanism (NRM) data provided also includes referrals of UK nationals. UKHTC agreed to provide a further update.',
      '4.3 It was noted that the Group will receive regular updates from the UKHTC on the information held on the NRM. The Home Office is working with UKHTC to produce data on a quarterly basis.',
    ],
    actions: ['Actions:', 'UKHTC to provide further information on internal trafficking.'],
  },
  {
    number: '5',
    heading: '5. AOB',
    paragraphs: [
      "5.1 DH suggested a presentation on DH's trafficking and health project, which aims to promote training and awareness of trafficking amongst health professionals, for the IDMG agenda.",
      "5.2 FCO and DfiD provided a brief update on their work with international partners in source countries. It was noted that the UK's source country priority list should be reviewed once a year in order to effectively feed into country business plans. Home Office confirmed that the list would next be reviewed post August 2012.",
      '5.3 The next IDMG meeting will be held on 13 September 2012, from 10.30 am to 12 pm at the Home Office.',
    ],
    actions: ['Actions:', 'Home office to invite DH to provide an update at the next IDMG meeting'],
  },
];
