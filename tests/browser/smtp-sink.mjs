// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 KeyDesk developers
// A real SMTP server on 127.0.0.1 for KeyDesk's mail tests (npm smtp-server, from nodemailer).
// Stores each message as <dir>/<n>.eml and logs connections to <dir>/connections.log; prints
// "listening <port>" once ready. Options:
//   --dir DIR            where messages go (required)
//   --port N             port (default 0: any free one)
//   --tls none|starttls|implicit   (default none); needs --cert and --key unless none
//   --cert FILE --key FILE
//   --user NAME --password TEXT    require AUTH with these
//   --auth-methods PLAIN,LOGIN     mechanisms to offer (default both)
//   --reject "550 text"            refuse every recipient with this reply
import { SMTPServer } from 'smtp-server';
import fs from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf('--' + name);
  return i >= 0 ? args[i + 1] : fallback;
};
const dir = opt('dir');
if (!dir) {
  console.error('smtp-sink: --dir is required');
  process.exit(2);
}
fs.mkdirSync(dir, { recursive: true });
const tls = opt('tls', 'none');
const user = opt('user');
const password = opt('password');
const reject = opt('reject');
let count = 0;

const server = new SMTPServer({
  secure: tls === 'implicit',
  disabledCommands: [...(tls === 'none' ? ['STARTTLS'] : []), ...(user ? [] : ['AUTH'])],
  key: tls === 'none' ? undefined : fs.readFileSync(opt('key')),
  cert: tls === 'none' ? undefined : fs.readFileSync(opt('cert')),
  authMethods: opt('auth-methods', 'PLAIN,LOGIN').split(','),
  authOptional: !user,
  allowInsecureAuth: false,
  size: 10 * 1024 * 1024,
  banner: 'KeyDesk test SMTP sink',
  onConnect(session, callback) {
    fs.appendFileSync(path.join(dir, 'connections.log'), `${session.remoteAddress}\n`);
    callback();
  },
  onAuth(auth, session, callback) {
    if (auth.username === user && auth.password === password) {
      fs.appendFileSync(path.join(dir, 'auth.log'), `${auth.method} ${session.secure ? 'tls' : 'plain'}\n`);
      callback(null, { user: auth.username });
    } else {
      callback(new Error('535 5.7.8 Authentication credentials invalid'));
    }
  },
  onRcptTo(address, session, callback) {
    if (reject) {
      const err = new Error(reject.slice(4));
      err.responseCode = Number(reject.slice(0, 3));
      return callback(err);
    }
    callback();
  },
  onData(stream, session, callback) {
    const chunks = [];
    stream.on('data', (c) => chunks.push(c));
    stream.on('end', () => {
      count += 1;
      const file = path.join(dir, `${count}.eml`);
      fs.writeFileSync(file + '.part', Buffer.concat(chunks));
      fs.renameSync(file + '.part', file);
      callback(null, `2.0.0 stored as ${count}`);
    });
  },
});
server.on('error', (e) => console.error('smtp-sink:', e.message));
server.listen(Number(opt('port', '0')), '127.0.0.1', () => {
  console.log(`listening ${server.server.address().port}`);
});
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
