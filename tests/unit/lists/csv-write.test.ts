import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../core/lists/csv-write';

/** A cell a spreadsheet could run as a formula gets a leading quote mark, however the formula is disguised. */
describe('csvCell formula guard', () => {
  it.each([
    ['=1+1', "'=1+1"],
    [' =1+1', "' =1+1"],
    ['  @SUM(A1)', "'  @SUM(A1)"],
    ['\t=cmd', "'\t=cmd"],
    ['\t', "'\t"],
    ['\u200B=HYPERLINK("x")', `"'\u200B=HYPERLINK(""x"")"`],
    ['\u200C+1', "'\u200C+1"],
    ['\u200D-1', "'\u200D-1"],
    ['\u2060@x', "'\u2060@x"],
    ['\uFEFF=1', "'\uFEFF=1"],
    ['\u3000=1', "'\u3000=1"],
    ['＝1+1', "'＝1+1"],
    ['＋86 1', "'＋86 1"],
    ['－5', "'－5"],
    ['＠SUM(A1)', "'＠SUM(A1)"],
    [' ＝1', "' ＝1"],
    ['\n=1', `"'\n=1"`],
    ['\r=1', `"'\r=1"`],
  ])('guards %j', (input, out) => {
    expect(csvCell(input)).toBe(out);
  });

  it.each([
    ['+8613800138000', '+8613800138000'],
    ['借呗法务部', '借呗法务部'],
    ['a=b', 'a=b'],
    [' hello', ' hello'],
    ['95188', '95188'],
    [12, '12'],
    [undefined, ''],
  ])('leaves %j alone', (input, out) => {
    expect(csvCell(input)).toBe(out);
  });

  it('toCsv guards every cell', () => {
    expect(toCsv(['a', 'b'], [{ a: ' =1', b: '＝2' }])).toBe("\uFEFFa,b\r\n' =1,'＝2\r\n");
  });
});
