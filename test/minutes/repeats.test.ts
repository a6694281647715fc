import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

const MINUTES = `INTER-DEPARTMENTAL MINISTERIAL GROUP ON HUMAN TRAFFICKING
Minutes of the meeting held on 13 Sept 2012

Attendance:
Damian Green MP, Home Office (Chair)
Official, DH
Official, MOJ

Item 2: Health professionals
DH presented its trafficking and health project.
ACTION: DH to publish the e-learning package for health professionals.
ACTION: MOJ to publish the e-learning package for health professionals.

Item 3: Any other business
ACTION: Home Office to write to the Scottish Government.

Agreed actions

No   Action                                                    Owner        Due
1    Publish the e-learning package for health professionals   DH           31 October 2012
2    Write to the Scottish Government                          Home Office
3    Circulate the revised terms of reference                  Home Office  5 October 2012
`;

describe('an action in the discussion and again in the table of agreed actions', () => {
  it('is one action, in its first place, with the due date only the table gives', () => {
    const { actions } = parseMinutes(MINUTES);
    expect(actions).toEqual([
      {
        owners: ['DH'],
        text: 'DH to publish the e-learning package for health professionals',
        item: '2',
        due: '2012-10-31',
      },
      {
        owners: ['MOJ'],
        text: 'MOJ to publish the e-learning package for health professionals',
        item: '2',
        due: null,
      },
      {
        owners: ['Home Office'],
        text: 'Home Office to write to the Scottish Government',
        item: '3',
        due: null,
      },
      {
        owners: ['Home Office'],
        text: 'Circulate the revised terms of reference',
        item: null,
        due: '2012-10-05',
      },
    ]);
  });
});
