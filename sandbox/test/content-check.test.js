'use strict';

const { useSandbox } = require('./helpers');

describe('msg_sec_check', () => {
  const sb = useSandbox();
  let token;

  beforeEach(async () => {
    ({ access_token: token } = await sb.token());
  });

  const check = (body) => sb.post(`/wxa/msg_sec_check?access_token=${token}`, body);
  const request = (content, extra = {}) => ({
    version: 2,
    openid: 'oResident1',
    scene: 2,
    content,
    ...extra,
  });

  test('passes ordinary text with label 100', async () => {
    // Act
    const res = await check(request('请问新生儿医保怎么办理？'));

    // Assert
    expect(res).toMatchObject({
      errcode: 0,
      errmsg: 'ok',
      result: { suggest: 'pass', label: 100 },
    });
    expect(res.detail).toEqual(
      expect.arrayContaining([expect.objectContaining({ strategy: 'content_model' })]),
    );
    expect(res.trace_id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}$/);
  });

  test('flags a risky word as risky and names the keyword', async () => {
    // Act
    const res = await check(request('加微信看赌博网站'));

    // Assert
    expect(res.result.suggest).toBe('risky');
    expect(res.result.label).not.toBe(100);
    expect(res.detail).toContainEqual(
      expect.objectContaining({ strategy: 'keyword', keyword: '赌博', suggest: 'risky' }),
    );
  });

  test('asks for review on a review word', async () => {
    // Act
    const res = await check(request('专业代办证件，价格优惠'));

    // Assert
    expect(res.result.suggest).toBe('review');
  });

  test('lists every check', async () => {
    // Arrange
    await check(request('你好', { scene: 3 }));

    // Act
    const checks = await sb.get('/sandbox/content-checks');

    // Assert
    expect(checks).toEqual([
      expect.objectContaining({ scene: 3, content: '你好', suggest: 'pass', openid: 'oResident1' }),
    ]);
  });

  test('answers 47001 for content over 2500 characters', async () => {
    // Act
    const res = await check(request('字'.repeat(2501)));

    // Assert
    expect(res.errcode).toBe(47001);
  });

  test('answers 47001 for a missing version or an unknown scene', async () => {
    // Act
    const noVersion = await check({ openid: 'oResident1', scene: 1, content: '你好' });
    const badScene = await check(request('你好', { scene: 9 }));

    // Assert
    expect(noVersion.errcode).toBe(47001);
    expect(badScene.errcode).toBe(47001);
  });

  test('answers 40003 without an openid', async () => {
    // Act
    const res = await check(request('你好', { openid: '' }));

    // Assert
    expect(res.errcode).toBe(40003);
  });
});
