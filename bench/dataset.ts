/** The shape of the seeded committee, shared by the seeder and the load generator. */

export const MEETINGS = 50;
export const ORGANISATIONS = 200;
export const ACTIONS_PER_ORGANISATION = 50;
export const PEOPLE = 2000;
export const ZONE = 'Europe/London';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

const DEPARTMENTS = [
  'Home Office',
  'Ministry of Justice',
  'Department for Education',
  'Foreign Office',
  'Department of Health',
  'Department for Work and Pensions',
  'Crown Prosecution Service',
  'Border Force',
  'National Crime Agency',
  'Local Government Association',
];

/** 0-based index -> "Home Office Unit 001" etc.; unique, with spaces like real names. */
export function organisationName(i: number): string {
  return `${DEPARTMENTS[i % DEPARTMENTS.length]} Unit ${pad(i + 1, 3)}`;
}

/** 0-based index -> the short alias, "ORG001". */
export function organisationAlias(i: number): string {
  return `ORG${pad(i + 1, 3)}`;
}

/** 0-based index -> U0000001 … U0002000. */
export function slackUserId(i: number): string {
  return `U${pad(i + 1, 7)}`;
}

/** People are spread evenly: person i belongs to organisation i % ORGANISATIONS. */
export function organisationOfPerson(i: number): number {
  return i % ORGANISATIONS;
}
