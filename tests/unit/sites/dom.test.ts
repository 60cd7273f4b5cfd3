import { beforeEach, describe, expect, it } from 'vitest';
import {
  cleanText, collectSenders, containerWithOneBody, emailIn, inEditable, isRecipientLabel, numberFromThreadId, queryAll,
  rowLabel, stripAddress,
} from '../../../entrypoints/content/sites/dom';
import { byId, textNode } from './fixture';

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('site adapter DOM helpers', () => {
  it('cleans names and addresses', () => {
    expect(cleanText('\u202a 借呗\u200b法务部 \n')).toBe('借呗法务部');
    expect(stripAddress('"借呗法务部" <FaWu@Jiebei-CS.com>')).toBe('借呗法务部');
    expect(stripAddress('From: 催收中心 (cs@x.cn)')).toBe('催收中心');
    expect(stripAddress('发件人：借呗')).toBe('借呗');
    expect(stripAddress('Fromage')).toBe('Fromage');
    expect(emailIn('x <FaWu@Jiebei-CS.com>')).toBe('fawu@jiebei-cs.com');
    expect(emailIn('no address')).toBeUndefined();
    expect(numberFromThreadId('t.+8613800138000')).toBe('+8613800138000');
    expect(numberFromThreadId('t.40404')).toBe('40404');
    expect(numberFromThreadId('g.abc')).toBeUndefined();
    expect(numberFromThreadId(null)).toBeUndefined();
  });

  it('recognises recipient row labels, with full-width padding, and nothing else', () => {
    for (const l of ['收件人：', '抄　送：', 'To:', 'cc', '密送', '收件者：']) expect(isRecipientLabel(l), l).toBe(true);
    for (const l of ['发件人：', 'From:', 'Today', 'tomorrow', '', undefined]) expect(isRecipientLabel(l), String(l)).toBe(false);
  });

  it('reads the label of the row an element is in', () => {
    document.body.innerHTML = `<table><tr><td class="addrtitle">收件人：</td><td><span id="a">我</span></td></tr></table>
      <ul><li><div class="fT">发件人：</div><div><span id="b">借呗</span></div></li></ul><span id="c">x</span>`;
    expect(rowLabel(byId('a'))).toBe('收件人：');
    expect(rowLabel(byId('b'))).toBe('发件人：');
    expect(rowLabel(byId('c'))).toBeUndefined();
  });

  it('tells editable regions apart', () => {
    document.body.innerHTML = '<div contenteditable="true"><p>a 1</p></div><div contenteditable="false"><p>b 2</p></div><textarea>c 3</textarea>';
    expect(inEditable(textNode('a 1'))).toBe(true);
    expect(inEditable(textNode('b 2'))).toBe(false);
    expect(inEditable(document.querySelector('textarea')!.firstChild)).toBe(true);
    expect(inEditable(null)).toBe(false);
  });

  it('finds the container of exactly one message body', () => {
    document.body.innerHTML = `<div id="thread">
      <div id="m1"><span id="h1">借呗</span><div class="body">1</div></div>
      <div id="m2"><span id="h2">支付宝</span><div class="body">2</div></div></div>`;
    expect(containerWithOneBody(byId('h1'), '.body')).toBe(byId('m1'));
    expect(containerWithOneBody(byId('thread'), '.body')).toBeNull();
  });

  it('queries with the root included and survives bad selectors and roots', () => {
    document.body.innerHTML = '<b class="x"><b class="x"></b></b>';
    const outer = document.querySelector('b')!;
    expect(queryAll(outer, '.x')).toHaveLength(2);
    expect(queryAll(outer, '[[bad')).toEqual([]);
    expect(queryAll(null, '.x')).toEqual([]);
  });

  it('keeps one sender per element, the innermost one, in document order, inside root only', () => {
    document.body.innerHTML = '<div id="o"><span id="i">借呗</span></div><span id="z">支付宝</span><span id="e"></span>';
    const [o, i, z, e] = ['o', 'i', 'z', 'e'].map(byId) as [Element, Element, Element, Element];
    const found = collectSenders(document, () => [
      { element: z, name: '支付宝' }, { element: o, name: '借呗 外层' }, { element: i, name: ' 借呗 ' }, { element: i, name: 'dup' },
      { element: e, name: ' ', address: ' ' },
    ]);
    expect(found).toEqual([{ element: i, name: '借呗' }, { element: z, name: '支付宝' }]);
    expect(collectSenders(o, () => [{ element: z, name: '支付宝' }, { element: i, name: '借呗' }])).toEqual([{ element: i, name: '借呗' }]);
    expect(collectSenders(document, () => { throw new Error('site changed'); })).toEqual([]);
  });
});
