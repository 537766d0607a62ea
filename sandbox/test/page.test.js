'use strict';

const { useSandbox } = require('./helpers');
const { escapeHtml } = require('../page');

describe('status page', () => {
  const sb = useSandbox();

  test('escapes a script tag sent in message data', async () => {
    // Arrange
    const { access_token: token } = await sb.token();
    await sb.post('/sandbox/subscribe', { openid: 'oAttacker', template_id: 'TPL_REPLY' });
    const sent = await sb.post(`/cgi-bin/message/subscribe/send?access_token=${token}`, {
      touser: 'oAttacker',
      template_id: 'TPL_REPLY',
      data: { thing1: { value: '<script>x</script>' } },
    });

    // Act
    const page = await sb.request('GET', '/');

    // Assert
    expect(sent.errcode).toBe(0);
    expect(page.text).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(page.text).not.toContain('<script>');
  });

  test('escapes content checks and shows only the first 50 characters', async () => {
    // Arrange
    const { access_token: token } = await sb.token();
    const content = `<img src=x onerror=alert(1)>${'长'.repeat(60)}`;
    await sb.post(`/wxa/msg_sec_check?access_token=${token}`, {
      version: 2,
      openid: 'o1',
      scene: 2,
      content,
    });

    // Act
    const page = await sb.request('GET', '/');

    // Assert
    expect(page.text).not.toContain('<img');
    expect(page.text).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(page.text).not.toContain('长'.repeat(30));
  });

  test('refreshes itself and declares UTF-8', async () => {
    // Act
    const page = await sb.request('GET', '/');

    // Assert
    expect(page.text).toContain('<meta charset="utf-8">');
    expect(page.text).toContain('<meta http-equiv="refresh" content="5">');
    expect(page.text).toContain('暂无记录');
  });

  test('lists logins with masked openids, newest first', async () => {
    // Arrange
    for (const identity of ['resident-1', 'admin']) {
      const { code } = await sb.loginCode(identity);
      await sb.code2session(code);
    }

    // Act
    const page = await sb.request('GET', '/');

    // Assert
    expect(page.text.indexOf('admin')).toBeLessThan(page.text.indexOf('resident-1'));
    const [login] = sb.sandbox.state.logins;
    expect(page.text).not.toContain(login.openid);
  });

  test('escapeHtml escapes all five special characters', () => {
    // Act
    const escaped = escapeHtml(`<a href="x" title='y'>&</a>`);

    // Assert
    expect(escaped).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});
