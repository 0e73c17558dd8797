import { analyze, applyFix, deployment, expectAt, expectLanguages, expectNone } from '../helpers';

const c = (ports: string, port: string, kind = 'httpGet') => `${ports}          livenessProbe:\n            ${kind}:\n              port: ${port}\n`;
const p3000 = '          ports:\n            - containerPort: 3000\n              name: http-server\n';

describe('rule probe-port (KA056)', () => {
  it('reports a numbered probe port that the container does not declare, with a fix', () => {
    const r = analyze({ 'd.yaml': deployment('a', 'app: a', '', c(p3000, '8080')) });
    const f = expectAt(r, { code: 'KA056', at: '8080', severity: 'warning' });
    expectLanguages(f);
    expectNone(analyze(applyFix(r, f)), 'KA056');
  });
  it('reports an unknown named port and a UDP port', () => {
    expectLanguages(expectAt(analyze({ 'd.yaml': deployment('a', 'app: a', '', c(p3000, 'http')) }), { code: 'KA056', at: 'http\n', messageKey: 'KA056.name' }));
    const udp = '          ports:\n            - containerPort: 53\n              name: dns\n              protocol: UDP\n';
    expectAt(analyze({ 'd.yaml': deployment('a', 'app: a', '', c(udp, 'dns', 'tcpSocket')) }), { code: 'KA056', at: 'dns\n', nth: 1, messageKey: 'KA056.udp' });
  });
  it('accepts declared ports (number or name) and numbers when no port is declared', () => {
    expectNone(analyze({ 'd.yaml': deployment('a', 'app: a', '', c(p3000, 'http-server')) }), 'KA056');
    expectNone(analyze({ 'd.yaml': deployment('a', 'app: a', '', c(p3000, '3000')) }), 'KA056');
    expectNone(analyze({ 'd.yaml': deployment('a', 'app: a', '', c('', '8080')) }), 'KA056');
  });
});
