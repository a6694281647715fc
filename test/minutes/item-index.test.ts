import { describe, expect, it } from 'vitest';
import { ItemIndex, titleKey } from '../../src/minutes/item-index.js';

describe('the index of items headed so far', () => {
  it('keys a title as the minutes may write it again', () => {
    expect(titleKey('  NRM Data — for 2013. ')).toBe('nrm data for 2013');
  });

  it('finds an item by its title whatever its case and punctuation, and by its number', () => {
    const index = new ItemIndex();
    const first = { number: '1', title: 'Welcome' };
    const second = { number: '2', title: 'NRM data for 2013' };
    index.add(first);
    index.add(second);
    expect(index.withTitle('nrm data: for 2013')).toBe(second);
    expect(index.withNumber('1')).toBe(first);
    expect(index.withTitle('Olympics')).toBeUndefined();
    expect(index.withNumber('3')).toBeUndefined();
  });

  it('gives the first item headed when two share a title or a number', () => {
    const index = new ItemIndex();
    const a = { number: '2', title: 'AOB' };
    const b = { number: '2', title: 'AOB' };
    index.add(a);
    index.add(b);
    expect(index.withTitle('AOB')).toBe(a);
    expect(index.withNumber('2')).toBe(a);
  });

  it('files a retitled item under its new title only, keeping the order they were headed', () => {
    const index = new ItemIndex();
    const first = { number: '1', title: 'Modern Slavery Act: commencement and' };
    const second = { number: '2', title: 'Modern Slavery Act: commencement and statutory guidance' };
    index.add(first);
    index.add(second);
    first.title = 'Modern Slavery Act: commencement and statutory guidance';
    index.retitle(first);
    expect(index.withTitle('Modern Slavery Act: commencement and')).toBeUndefined();
    expect(index.withTitle('Modern Slavery Act – commencement and statutory guidance')).toBe(first);
  });
});
