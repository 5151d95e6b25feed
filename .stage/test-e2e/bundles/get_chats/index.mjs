import { createRequire as __loopgaugeCreateRequire } from 'node:module';

const require = __loopgaugeCreateRequire(import.meta.url);
var qO = Object.create;
var Cp = Object.defineProperty;
var YO = Object.getOwnPropertyDescriptor;
var XO = Object.getOwnPropertyNames;
var JO = Object.getPrototypeOf,
  QO = Object.prototype.hasOwnProperty;
var u = (t, e, r) => () => {
  if (r) throw r[0];
  try {
    return (t && (e = t((t = 0))), e);
  } catch (o) {
    throw ((r = [o]), o);
  }
};
var Mn = (t, e) => () => {
    try {
      return (e || t((e = { exports: {} }).exports, e), e.exports);
    } catch (r) {
      throw ((e = 0), r);
    }
  },
  Ze = (t, e) => {
    for (var r in e) Cp(t, r, { get: e[r], enumerable: !0 });
  },
  ZO = (t, e, r, o) => {
    if ((e && typeof e == 'object') || typeof e == 'function')
      for (const n of XO(e))
        !QO.call(t, n) &&
          n !== r &&
          Cp(t, n, { get: () => e[n], enumerable: !(o = YO(e, n)) || o.enumerable });
    return t;
  };
var eD = (t, e, r) => (
  (r = t != null ? qO(JO(t)) : {}),
  ZO(e || !t || !t.__esModule ? Cp(r, 'default', { value: t, enumerable: !0 }) : r, t)
);
var _o,
  Hr,
  Yo,
  Gh,
  Kh,
  kp = u(() => {
    (_o = (t, e) => {
      const r = [];
      if ((t && r.push(t), e)) for (const o of e) r.push(o);
      return r;
    }),
      (Hr = (t, e) => `${t || 'anonymous'}${e && e.length > 0 ? ` (a.k.a. ${e.join(',')})` : ''}`),
      (Yo = () => {
        let t = [],
          e = [],
          r = !1,
          o = new Set(),
          n = (d) =>
            d.sort(
              (m, f) =>
                Gh[f.step] - Gh[m.step] || Kh[f.priority || 'normal'] - Kh[m.priority || 'normal'],
            ),
          s = (d) => {
            let m = !1,
              f = (h) => {
                const S = _o(h.name, h.aliases);
                if (S.includes(d)) {
                  m = !0;
                  for (const g of S) o.delete(g);
                  return !1;
                }
                return !0;
              };
            return ((t = t.filter(f)), (e = e.filter(f)), m);
          },
          i = (d) => {
            let m = !1,
              f = (h) => {
                if (h.middleware === d) {
                  m = !0;
                  for (const S of _o(h.name, h.aliases)) o.delete(S);
                  return !1;
                }
                return !0;
              };
            return ((t = t.filter(f)), (e = e.filter(f)), m);
          },
          a = (d) => (
            t.forEach((m) => {
              d.add(m.middleware, { ...m });
            }),
            e.forEach((m) => {
              d.addRelativeTo(m.middleware, { ...m });
            }),
            d.identifyOnResolve?.(l.identifyOnResolve()),
            d
          ),
          c = (d) => {
            const m = [];
            return (
              d.before.forEach((f) => {
                f.before.length === 0 && f.after.length === 0 ? m.push(f) : m.push(...c(f));
              }),
              m.push(d),
              d.after.reverse().forEach((f) => {
                f.before.length === 0 && f.after.length === 0 ? m.push(f) : m.push(...c(f));
              }),
              m
            );
          },
          p = (d = !1) => {
            const m = [],
              f = [],
              h = {};
            return (
              t.forEach((g) => {
                const y = { ...g, before: [], after: [] };
                for (const E of _o(y.name, y.aliases)) h[E] = y;
                m.push(y);
              }),
              e.forEach((g) => {
                const y = { ...g, before: [], after: [] };
                for (const E of _o(y.name, y.aliases)) h[E] = y;
                f.push(y);
              }),
              f.forEach((g) => {
                if (g.toMiddleware) {
                  const y = h[g.toMiddleware];
                  if (y === void 0) {
                    if (d) return;
                    throw new Error(
                      `${g.toMiddleware} is not found when adding ${Hr(g.name, g.aliases)} middleware ${g.relation} ${g.toMiddleware}`,
                    );
                  }
                  g.relation === 'after' && y.after.push(g),
                    g.relation === 'before' && y.before.push(g);
                }
              }),
              n(m)
                .map(c)
                .reduce((g, y) => (g.push(...y), g), [])
            );
          },
          l = {
            add: (d, m = {}) => {
              const { name: f, override: h, aliases: S } = m,
                g = { step: 'initialize', priority: 'normal', middleware: d, ...m },
                y = _o(f, S);
              if (y.length > 0) {
                if (y.some((E) => o.has(E))) {
                  if (!h) throw new Error(`Duplicate middleware name '${Hr(f, S)}'`);
                  for (const E of y) {
                    const T = t.findIndex((v) => v.name === E || v.aliases?.some((W) => W === E));
                    if (T === -1) continue;
                    const w = t[T];
                    if (w.step !== g.step || g.priority !== w.priority)
                      throw new Error(
                        `"${Hr(w.name, w.aliases)}" middleware with ${w.priority} priority in ${w.step} step cannot be overridden by "${Hr(f, S)}" middleware with ${g.priority} priority in ${g.step} step.`,
                      );
                    t.splice(T, 1);
                  }
                }
                for (const E of y) o.add(E);
              }
              t.push(g);
            },
            addRelativeTo: (d, m) => {
              const { name: f, override: h, aliases: S } = m,
                g = { middleware: d, ...m },
                y = _o(f, S);
              if (y.length > 0) {
                if (y.some((E) => o.has(E))) {
                  if (!h) throw new Error(`Duplicate middleware name '${Hr(f, S)}'`);
                  for (const E of y) {
                    const T = e.findIndex((v) => v.name === E || v.aliases?.some((W) => W === E));
                    if (T === -1) continue;
                    const w = e[T];
                    if (w.toMiddleware !== g.toMiddleware || w.relation !== g.relation)
                      throw new Error(
                        `"${Hr(w.name, w.aliases)}" middleware ${w.relation} "${w.toMiddleware}" middleware cannot be overridden by "${Hr(f, S)}" middleware ${g.relation} "${g.toMiddleware}" middleware.`,
                      );
                    e.splice(T, 1);
                  }
                }
                for (const E of y) o.add(E);
              }
              e.push(g);
            },
            clone: () => a(Yo()),
            use: (d) => {
              d.applyToStack(l);
            },
            remove: (d) => (typeof d == 'string' ? s(d) : i(d)),
            removeByTag: (d) => {
              let m = !1,
                f = (h) => {
                  const { tags: S, name: g, aliases: y } = h;
                  if (S && S.includes(d)) {
                    const E = _o(g, y);
                    for (const T of E) o.delete(T);
                    return ((m = !0), !1);
                  }
                  return !0;
                };
              return ((t = t.filter(f)), (e = e.filter(f)), m);
            },
            concat: (d) => {
              const m = a(Yo());
              return (
                m.use(d),
                m.identifyOnResolve(r || m.identifyOnResolve() || (d.identifyOnResolve?.() ?? !1)),
                m
              );
            },
            applyToStack: a,
            identify: () =>
              p(!0).map((d) => {
                const m = d.step ?? d.relation + ' ' + d.toMiddleware;
                return Hr(d.name, d.aliases) + ' - ' + m;
              }),
            identifyOnResolve(d) {
              return (typeof d == 'boolean' && (r = d), r);
            },
            resolve: (d, m) => {
              for (const f of p()
                .map((h) => h.middleware)
                .reverse())
                d = f(d, m);
              return (r && console.log(l.identify()), d);
            },
          };
        return l;
      }),
      (Gh = { initialize: 5, serialize: 4, build: 3, finalizeRequest: 2, deserialize: 1 }),
      (Kh = { high: 3, normal: 2, low: 1 });
  });
var To,
  zh = u(() => {
    ((t) => {
      (t.HTTP = 'http'), (t.HTTPS = 'https');
    })(To || (To = {}));
  });
var br,
  jh = u(() => {
    ((t) => {
      (t.MD5 = 'md5'),
        (t.CRC32 = 'crc32'),
        (t.CRC32C = 'crc32c'),
        (t.SHA1 = 'sha1'),
        (t.SHA256 = 'sha256');
    })(br || (br = {}));
  });
var Wh = u(() => {
  jh();
});
var bt,
  qh = u(() => {
    bt = '__smithy_context';
  });
var lr,
  Yh = u(() => {
    ((t) => {
      (t.PROFILE = 'profile'), (t.SSO_SESSION = 'sso-session'), (t.SERVICES = 'services');
    })(lr || (lr = {}));
  });
var dr = u(() => {
  zh();
  Wh();
  qh();
  Yh();
});
var te,
  Xh = u(() => {
    dr();
    te = (t) => t[bt] || (t[bt] = {});
  });
function A(t, e) {
  return Object.hasOwn(t, e);
}
var Lp = u(() => {});
function oD(t) {
  return Object.keys(t).reduce((e, r) => {
    const o = t[r];
    return { ...e, [r]: Array.isArray(o) ? [...o] : o };
  }, {});
}
var F,
  Jh = u(() => {
    F = class t {
      method;
      protocol;
      hostname;
      port;
      path;
      query;
      headers;
      username;
      password;
      fragment;
      body;
      constructor(e) {
        (this.method = e.method || 'GET'),
          (this.hostname = e.hostname || 'localhost'),
          (this.port = e.port),
          (this.query = e.query || {}),
          (this.headers = e.headers || {}),
          (this.body = e.body),
          (this.protocol = e.protocol
            ? e.protocol.slice(-1) !== ':'
              ? `${e.protocol}:`
              : e.protocol
            : 'https:'),
          (this.path = e.path ? (e.path.charAt(0) !== '/' ? `/${e.path}` : e.path) : '/'),
          (this.username = e.username),
          (this.password = e.password),
          (this.fragment = e.fragment);
      }
      static clone(e) {
        const r = new t({ ...e, headers: { ...e.headers } });
        return (r.query && (r.query = oD(r.query)), r);
      }
      static isInstance(e) {
        if (!e) return !1;
        const r = e;
        return (
          'method' in r &&
          'protocol' in r &&
          'hostname' in r &&
          'path' in r &&
          typeof r.query == 'object' &&
          typeof r.headers == 'object'
        );
      }
      clone() {
        return t.clone(this);
      }
    };
  });
var ke,
  Qh = u(() => {
    ke = class {
      statusCode;
      reason;
      headers;
      body;
      constructor(e) {
        (this.statusCode = e.statusCode),
          (this.reason = e.reason),
          (this.headers = e.headers || {}),
          (this.body = e.body);
      }
      static isInstance(e) {
        if (!e) return !1;
        const r = e;
        return typeof r.statusCode == 'number' && typeof r.headers == 'object';
      }
    };
  });
var nD,
  mr,
  Zh = u(() => {
    (nD = /^(?!.*-$)(?!-)[a-zA-Z0-9-]{1,63}$/),
      (mr = (t, e = !1) => {
        if (!e) return nD.test(t);
        const r = t.split('.');
        for (const o of r) if (!mr(o)) return !1;
        return !0;
      });
  });
function Mp(t) {
  return /^[a-z0-9][a-z0-9.-]*[a-z0-9]$/.test(t);
}
var eg = u(() => {});
var Y,
  tg = u(() => {
    Y = (t) => {
      if (typeof t == 'function') return t;
      const e = Promise.resolve(t);
      return () => e;
    };
  });
function rg(t) {
  const e = {};
  if (((t = t.replace(/^\?/, '')), t))
    for (const r of t.split('&')) {
      let [o, n = null] = r.split('=');
      (o = decodeURIComponent(o)),
        n && (n = decodeURIComponent(n)),
        o in e ? (Array.isArray(e[o]) ? e[o].push(n) : (e[o] = [e[o], n])) : (e[o] = n);
    }
  return e;
}
var og = u(() => {});
var fe,
  Up = u(() => {
    og();
    fe = (t) => {
      if (typeof t == 'string') return fe(new URL(t));
      let { hostname: e, pathname: r, port: o, protocol: n, search: s } = t,
        i;
      return (
        s && (i = rg(s)),
        { hostname: e, port: o ? parseInt(o) : void 0, protocol: n, path: r, query: i }
      );
    };
  });
var Gr,
  ng = u(() => {
    Lp();
    Up();
    Gr = (t) => {
      if (typeof t == 'object') {
        if ('url' in t) {
          const e = fe(t.url);
          if (t.headers) {
            e.headers = {};
            for (const r in t.headers)
              A(t.headers, r) && (e.headers[r.toLowerCase()] = t.headers[r].join(', '));
          }
          return e;
        }
        return t;
      }
      return fe(t);
    };
  });
var q = u(() => {
  Xh();
  Lp();
  Jh();
  Qh();
  Zh();
  eg();
  tg();
  Up();
  ng();
});
var he,
  sg = u(() => {
    kp();
    he = class {
      config;
      middlewareStack = Yo();
      initConfig;
      handlers;
      constructor(e) {
        this.config = e;
        const { protocol: r, protocolSettings: o } = e;
        o && typeof r == 'function' && (e.protocol = new r(o));
      }
      send(e, r, o) {
        let n = typeof r != 'function' ? r : void 0,
          s = typeof r == 'function' ? r : o,
          i = n === void 0 && this.config.cacheMiddleware === !0,
          a;
        if (i) {
          this.handlers || (this.handlers = new WeakMap());
          const c = this.handlers;
          c.has(e.constructor)
            ? (a = c.get(e.constructor))
            : ((a = e.resolveMiddleware(this.middlewareStack, this.config, n)),
              c.set(e.constructor, a));
        } else
          delete this.handlers, (a = e.resolveMiddleware(this.middlewareStack, this.config, n));
        if (s)
          a(e)
            .then(
              (c) => s(null, c.output),
              (c) => s(c),
            )
            .catch(() => {});
        else return a(e).then((c) => c.output);
      }
      destroy() {
        this.config?.requestHandler?.destroy?.(), delete this.handlers;
      }
    };
  });
var Cr,
  $p = u(() => {
    Cr = (t) => (typeof t == 'function' ? t() : t);
  });
var Xi,
  Bp = u(() => {
    Xi = (t, e, r, o, n) => ({ name: e, namespace: t, traits: r, input: o, output: n });
  });
var ig,
  Fp,
  ag = u(() => {
    q();
    Bp();
    (ig = (t) => (e, r) => async (o) => {
      const { response: n } = await e(o),
        { operationSchema: s } = te(r),
        [, i, a, c, p, l] = s ?? [];
      try {
        const d = await t.protocol.deserializeResponse(Xi(i, a, c, p, l), { ...t, ...r }, n);
        return { response: n, output: d };
      } catch (d) {
        if (
          (Object.defineProperty(d, '$response', {
            value: n,
            enumerable: !1,
            writable: !1,
            configurable: !1,
          }),
          !('$metadata' in d))
        ) {
          const m =
            'Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.';
          try {
            d.message +=
              `
  ` + m;
          } catch {
            !r.logger || r.logger?.constructor?.name === 'NoOpLogger'
              ? console.warn(m)
              : r.logger?.warn?.(m);
          }
          typeof d.$responseBodyText < 'u' &&
            d.$response &&
            (d.$response.body = d.$responseBodyText);
          try {
            if (ke.isInstance(n)) {
              const { headers: f = {}, statusCode: h } = n,
                S = Object.entries(f);
              d.$metadata = {
                httpStatusCode: h,
                requestId: Fp(/^x-[\w-]+-request-?id$/, S),
                extendedRequestId: Fp(/^x-[\w-]+-id-2$/, S),
                cfId: Fp(/^x-[\w-]+-cf-id$/, S),
              };
            }
          } catch {}
        }
        throw d;
      }
    }),
      (Fp = (t, e) => (e.find(([r]) => r.match(t)) || [void 0, void 0])[1]);
  });
var cg,
  ug = u(() => {
    q();
    Bp();
    cg = (t) => (e, r) => async (o) => {
      const { operationSchema: n } = te(r),
        [, s, i, a, c, p] = n ?? [],
        l = r.endpointV2 ? async () => Gr(r.endpointV2) : t.endpoint,
        d = await t.protocol.serializeRequest(Xi(s, i, a, c, p), o.input, {
          ...t,
          ...r,
          endpoint: l,
        });
      return e({ ...o, request: d });
    };
  });
function Ct(t) {
  return {
    applyToStack: (e) => {
      e.add(cg(t), lg), e.add(ig(t), pg), t.protocol.setSerdeContext(t);
    },
  };
}
var pg,
  lg,
  dg = u(() => {
    ag();
    ug();
    (pg = {
      name: 'deserializerMiddleware',
      step: 'deserialize',
      tags: ['DESERIALIZER'],
      override: !0,
    }),
      (lg = {
        name: 'serializerMiddleware',
        step: 'serialize',
        tags: ['SERIALIZER'],
        override: !0,
      });
  });
function Kr(t) {
  if (typeof t == 'object') return t;
  if (((t = t | 0), Ji[t])) return Ji[t];
  let e = {},
    r = 0;
  for (const o of [
    'httpLabel',
    'idempotent',
    'idempotencyToken',
    'sensitive',
    'httpPayload',
    'httpResponseCode',
    'httpQueryParams',
  ])
    ((t >> r++) & 1) === 1 && (e[o] = 1);
  return (Ji[t] = e);
}
var Ji,
  Vp = u(() => {
    Ji = [];
  });
function Wn(t, e) {
  if (t instanceof O) return Object.assign(t, { memberName: e, _isMemberSchema: !0 });
  const r = O;
  return new r(t, e);
}
var jn,
  Qi,
  Zi,
  O,
  Hp,
  mg,
  fg = u(() => {
    $p();
    Vp();
    (jn = { it: Symbol.for('@smithy/nor-struct-it'), ns: Symbol.for('@smithy/ns') }),
      (Qi = []),
      (Zi = {}),
      (O = class t {
        ref;
        memberName;
        static symbol = Symbol.for('@smithy/nor');
        symbol = t.symbol;
        name;
        schema;
        _isMemberSchema;
        traits;
        memberTraits;
        normalizedTraits;
        constructor(e, r) {
          (this.ref = e), (this.memberName = r);
          let o = [],
            n = e,
            s = e;
          for (this._isMemberSchema = !1; Hp(n); )
            o.push(n[1]), (n = n[0]), (s = Cr(n)), (this._isMemberSchema = !0);
          if (o.length > 0) {
            this.memberTraits = {};
            for (let i = o.length - 1; i >= 0; --i) {
              const a = o[i];
              Object.assign(this.memberTraits, Kr(a));
            }
          } else this.memberTraits = 0;
          if (s instanceof t) {
            const i = this.memberTraits;
            Object.assign(this, s),
              (this.memberTraits = Object.assign(
                {},
                i,
                s.getMemberTraits(),
                this.getMemberTraits(),
              )),
              (this.normalizedTraits = void 0),
              (this.memberName = r ?? s.memberName);
            return;
          }
          if (
            ((this.schema = Cr(s)),
            mg(this.schema)
              ? ((this.name = `${this.schema[1]}#${this.schema[2]}`),
                (this.traits = this.schema[3]))
              : ((this.name = this.memberName ?? String(s)), (this.traits = 0)),
            this._isMemberSchema && !r)
          )
            throw new Error(
              `@smithy/core/schema - NormalizedSchema member init ${this.getName(!0)} missing member name.`,
            );
        }
        static [Symbol.hasInstance](e) {
          const r = this.prototype.isPrototypeOf(e);
          return !r && typeof e == 'object' && e !== null ? e.symbol === this.symbol : r;
        }
        static of(e) {
          const r = typeof e == 'function' || (typeof e == 'object' && e !== null);
          if (typeof e == 'number') {
            if (Qi[e]) return Qi[e];
          } else if (typeof e == 'string') {
            if (Zi[e]) return Zi[e];
          } else if (r && e[jn.ns]) return e[jn.ns];
          const o = Cr(e);
          if (o instanceof t) return o;
          if (Hp(o)) {
            const [s, i] = o;
            if (s instanceof t) return (Object.assign(s.getMergedTraits(), Kr(i)), s);
            throw new Error(
              `@smithy/core/schema - may not init unwrapped member schema=${JSON.stringify(e, null, 2)}.`,
            );
          }
          const n = new t(o);
          return r
            ? (e[jn.ns] = n)
            : typeof o == 'string'
              ? (Zi[o] = n)
              : typeof o == 'number'
                ? (Qi[o] = n)
                : n;
        }
        getSchema() {
          const e = this.schema;
          return Array.isArray(e) && e[0] === 0 ? e[4] : e;
        }
        getName(e = !1) {
          const { name: r } = this;
          return !e && r && r.includes('#') ? r.split('#')[1] : r || void 0;
        }
        getMemberName() {
          return this.memberName;
        }
        isMemberSchema() {
          return this._isMemberSchema;
        }
        isListSchema() {
          const e = this.getSchema();
          return typeof e == 'number' ? e >= 64 && e < 128 : e[0] === 1;
        }
        isMapSchema() {
          const e = this.getSchema();
          return typeof e == 'number' ? e >= 128 && e <= 255 : e[0] === 2;
        }
        isStructSchema() {
          const e = this.getSchema();
          if (typeof e != 'object') return !1;
          const r = e[0];
          return r === 3 || r === -3 || r === 4;
        }
        isUnionSchema() {
          const e = this.getSchema();
          return typeof e != 'object' ? !1 : e[0] === 4;
        }
        isBlobSchema() {
          const e = this.getSchema();
          return e === 21 || e === 42;
        }
        isTimestampSchema() {
          const e = this.getSchema();
          return typeof e == 'number' && e >= 4 && e <= 7;
        }
        isUnitSchema() {
          return this.getSchema() === 'unit';
        }
        isDocumentSchema() {
          return this.getSchema() === 15;
        }
        isStringSchema() {
          return this.getSchema() === 0;
        }
        isBooleanSchema() {
          return this.getSchema() === 2;
        }
        isNumericSchema() {
          return this.getSchema() === 1;
        }
        isBigIntegerSchema() {
          return this.getSchema() === 17;
        }
        isBigDecimalSchema() {
          return this.getSchema() === 19;
        }
        isStreaming() {
          const { streaming: e } = this.getMergedTraits();
          return !!e || this.getSchema() === 42;
        }
        isIdempotencyToken() {
          return !!this.getMergedTraits().idempotencyToken;
        }
        getMergedTraits() {
          return (
            this.normalizedTraits ??
            (this.normalizedTraits = { ...this.getOwnTraits(), ...this.getMemberTraits() })
          );
        }
        getMemberTraits() {
          return Kr(this.memberTraits);
        }
        getOwnTraits() {
          return Kr(this.traits);
        }
        getKeySchema() {
          const [e, r] = [this.isDocumentSchema(), this.isMapSchema()];
          if (!e && !r)
            throw new Error(
              `@smithy/core/schema - cannot get key for non-map: ${this.getName(!0)}`,
            );
          const o = this.getSchema(),
            n = e ? 15 : (o[4] ?? 0);
          return Wn([n, 0], 'key');
        }
        getValueSchema() {
          const e = this.getSchema(),
            [r, o, n] = [this.isDocumentSchema(), this.isMapSchema(), this.isListSchema()],
            s =
              typeof e == 'number'
                ? 63 & e
                : e && typeof e == 'object' && (o || n)
                  ? e[3 + e[0]]
                  : r
                    ? 15
                    : void 0;
          if (s != null) return Wn([s, 0], o ? 'value' : 'member');
          throw new Error(`@smithy/core/schema - ${this.getName(!0)} has no value member.`);
        }
        getMemberSchema(e) {
          const r = this.getSchema();
          if (this.isStructSchema() && r[4].includes(e)) {
            const o = r[4].indexOf(e),
              n = r[5][o];
            return Wn(Hp(n) ? n : [n, 0], e);
          }
          if (this.isDocumentSchema()) return Wn([15, 0], e);
          throw new Error(`@smithy/core/schema - ${this.getName(!0)} has no member=${e}.`);
        }
        getMemberSchemas() {
          const e = {};
          try {
            for (const [r, o] of this.structIterator()) e[r] = o;
          } catch {}
          return e;
        }
        getEventStreamMember() {
          if (this.isStructSchema()) {
            for (const [e, r] of this.structIterator())
              if (r.isStreaming() && r.isStructSchema()) return e;
          }
          return '';
        }
        *structIterator() {
          if (this.isUnitSchema()) return;
          if (!this.isStructSchema())
            throw new Error('@smithy/core/schema - cannot iterate non-struct schema.');
          let e = this.getSchema(),
            r = e[4].length,
            o = e[jn.it];
          if (o && r === o.length) {
            yield* o;
            return;
          }
          o = Array(r);
          for (let n = 0; n < r; ++n) {
            const s = e[4][n],
              i = Wn([e[5][n], 0], s);
            yield (o[n] = [s, i]);
          }
          e[jn.it] = o;
        }
      });
    (Hp = (t) => Array.isArray(t) && t.length === 2),
      (mg = (t) => Array.isArray(t) && t.length >= 5);
  });
var Q,
  hg = u(() => {
    Q = class t {
      namespace;
      schemas;
      exceptions;
      static registries = new Map();
      constructor(e, r = new Map(), o = new Map()) {
        (this.namespace = e),
          (this.schemas = r),
          (this.exceptions = o),
          t.registries.has(e) || t.registries.set(e, this);
      }
      static for(e) {
        return t.registries.get(e) ?? new t(e);
      }
      copyFrom(e) {
        const { schemas: r, exceptions: o } = this;
        for (const [n, s] of e.schemas) r.has(n) || r.set(n, s);
        for (const [n, s] of e.exceptions) o.has(n) || o.set(n, s);
      }
      register(e, r) {
        const o = this.normalizeShapeId(e);
        for (const n of [this, t.for(o.split('#')[0])]) n.schemas.has(o) || n.schemas.set(o, r);
      }
      getSchema(e) {
        const r = this.normalizeShapeId(e);
        if (!this.schemas.has(r)) {
          if (!e.includes('#')) {
            const o = '#' + e,
              n = [];
            for (const [s, i] of this.schemas.entries()) s.endsWith(o) && n.push(i);
            if (n.length === 1) return n[0];
          }
          throw new Error(`@smithy/core/schema - schema not found for ${r}`);
        }
        return this.schemas.get(r);
      }
      registerError(e, r) {
        const o = e,
          n = o[1],
          s = n + '#' + o[2];
        r.hasOwnProperty?.('shapeId') || (r.shapeId = s);
        for (const i of [this, t.for(n)])
          !i.schemas.has(s) &&
            !i.exceptions.has(o) &&
            (i.schemas.set(s, o), i.exceptions.set(o, r));
      }
      getErrorCtor(e) {
        const r = e;
        return this.exceptions.has(r) ? this.exceptions.get(r) : t.for(r[1]).exceptions.get(r);
      }
      getBaseException() {
        for (const e of this.exceptions.keys())
          if (Array.isArray(e)) {
            const [, r, o] = e,
              n = r + '#' + o;
            if (n.startsWith('smithy.ts.sdk.synthetic.') && n.endsWith('ServiceException'))
              return e;
          }
      }
      find(e) {
        for (const r of this.schemas.values()) if (e(r)) return r;
      }
      clear() {
        this.schemas.clear(), this.exceptions.clear();
      }
      normalizeShapeId(e) {
        return e.includes('#') ? e : this.namespace + '#' + e;
      }
    };
  });
var X = u(() => {
  $p();
  dg();
  fg();
  Vp();
  hg();
});
function Xo(t, e) {
  if (e == null) return e;
  const r = O.of(t);
  if (r.getMergedTraits().sensitive) return Gp;
  if (r.isListSchema()) {
    const o = r.getValueSchema();
    if (o.getMergedTraits().sensitive) return Gp;
    if (Array.isArray(e)) return e.map((n) => Xo(o, n));
  } else if (r.isMapSchema()) {
    const o = r.getValueSchema();
    if (r.getKeySchema().getMergedTraits().sensitive || o.getMergedTraits().sensitive) return Gp;
    if (typeof e == 'object')
      return Object.fromEntries(Object.entries(e).map(([n, s]) => [n, Xo(o, s)]));
  } else if (r.isStructSchema() && typeof e == 'object') {
    const o = e,
      n = {};
    for (const [s, i] of r.structIterator()) o[s] != null && (n[s] = Xo(i, o[s]));
    return n;
  }
  return e;
}
var Gp,
  gg = u(() => {
    X();
    Gp = '***SensitiveInformation***';
  });
var Sg,
  je,
  Kp,
  zp = u(() => {
    dr();
    kp();
    gg();
    X();
    (Sg = Symbol.for('@smithy/op-event-stream')),
      (je = class {
        middlewareStack = Yo();
        schema;
        static classBuilder() {
          return new Kp();
        }
        resolveMiddlewareWithContext(
          e,
          r,
          o,
          {
            middlewareFn: n,
            clientName: s,
            commandName: i,
            inputFilterSensitiveLog: a,
            outputFilterSensitiveLog: c,
            smithyContext: p,
            additionalContext: l,
            CommandCtor: d,
          },
        ) {
          for (const v of n.bind(this)(d, e, r, o)) this.middlewareStack.use(v);
          let m = e.concat(this.middlewareStack),
            { logger: f } = r,
            h = l[bt],
            S = {
              logger: f,
              clientName: s,
              commandName: i,
              inputFilterSensitiveLog: a,
              outputFilterSensitiveLog: c,
              ...l,
              [bt]: {
                ...h,
                commandInstance: this,
                ...p,
                ...(o?.metricsRecorder === void 0 ? {} : { metricsRecorder: o.metricsRecorder }),
                ...(o?.abortSignal === void 0 ? {} : { abortSignal: o.abortSignal }),
              },
            },
            { requestHandler: g } = r,
            y = o ?? {};
          y.metricsRecorder && ((y = { ...y }), delete y.metricsRecorder);
          let E,
            T = this.schema,
            w = T?.[Sg];
          if (w !== void 0) E = w;
          else if (T && Array.isArray(T) && T[0] === 9) {
            const [, , , , v, W] = T;
            E = T[Sg] = !!(O.of(v).getEventStreamMember() || O.of(W).getEventStreamMember());
          }
          return (
            E && (y = { isEventStream: E, ...y }), m.resolve((v) => g.handle(v.request, y), S)
          );
        }
      }),
      (Kp = class {
        _init = () => {};
        _ep = {};
        _middlewareFn = () => [];
        _commandName = '';
        _clientName = '';
        _additionalContext = {};
        _smithyContext = {};
        _inputFilterSensitiveLog = void 0;
        _outputFilterSensitiveLog = void 0;
        _serializer = null;
        _deserializer = null;
        _operationSchema;
        init(e) {
          this._init = e;
        }
        ep(e) {
          return ((this._ep = e), this);
        }
        m(e) {
          return ((this._middlewareFn = e), this);
        }
        s(e, r, o = {}) {
          return ((this._smithyContext = { service: e, operation: r, ...o }), this);
        }
        c(e = {}) {
          return ((this._additionalContext = e), this);
        }
        n(e, r) {
          return ((this._clientName = e), (this._commandName = r), this);
        }
        f(e = (o) => o, r = (o) => o) {
          return ((this._inputFilterSensitiveLog = e), (this._outputFilterSensitiveLog = r), this);
        }
        ser(e) {
          return ((this._serializer = e), this);
        }
        de(e) {
          return ((this._deserializer = e), this);
        }
        sc(e) {
          return ((this._operationSchema = e), (this._smithyContext.operationSchema = e), this);
        }
        build() {
          let e = this,
            r;
          return (r = class extends je {
            input;
            static getEndpointParameterInstructions() {
              return e._ep;
            }
            constructor(...[o]) {
              super(), (this.input = o ?? {}), e._init(this), (this.schema = e._operationSchema);
            }
            resolveMiddleware(o, n, s) {
              const i = e._operationSchema,
                a = i?.[4] ?? i?.input,
                c = i?.[5] ?? i?.output;
              return this.resolveMiddlewareWithContext(o, n, s, {
                CommandCtor: r,
                middlewareFn: e._middlewareFn,
                clientName: e._clientName,
                commandName: e._commandName,
                inputFilterSensitiveLog:
                  e._inputFilterSensitiveLog ?? (i ? Xo.bind(null, a) : (p) => p),
                outputFilterSensitiveLog:
                  e._outputFilterSensitiveLog ?? (i ? Xo.bind(null, c) : (p) => p),
                smithyContext: e._smithyContext,
                additionalContext: e._additionalContext,
              });
            }
            serialize = e._serializer;
            deserialize = e._deserializer;
          });
        }
      });
  });
var Rr,
  yg = u(() => {
    Rr = (t, e, r) => {
      for (const [s, i] of Object.entries(t)) {
        const a = async function (p, l, d) {
            const m = new i(p);
            if (typeof l == 'function') this.send(m, l);
            else if (typeof d == 'function') {
              if (typeof l != 'object')
                throw new Error(`Expected http options but got ${typeof l}`);
              this.send(m, l || {}, d);
            } else return this.send(m, l);
          },
          c = (s[0].toLowerCase() + s.slice(1)).replace(/Command$/, '');
        e.prototype[c] = a;
      }
      const { paginators: o = {}, waiters: n = {} } = r ?? {};
      for (const [s, i] of Object.entries(o))
        e.prototype[s] === void 0 &&
          (e.prototype[s] = function (a = {}, c, ...p) {
            return i({ ...c, client: this }, a, ...p);
          });
      for (const [s, i] of Object.entries(n))
        e.prototype[s] === void 0 &&
          (e.prototype[s] = async function (a = {}, c, ...p) {
            let l = c;
            return (
              typeof c == 'number' && (l = { maxWaitTime: c }), i({ ...l, client: this }, a, ...p)
            );
          });
    };
  });
var et,
  ea,
  Eg = u(() => {
    (et = class t extends Error {
      static shapeId = 'smithy.ts.sdk.synthetic.nonamespace.client#ServiceException';
      $fault;
      $response;
      $retryable;
      $metadata;
      constructor(e) {
        super(e.message),
          Object.setPrototypeOf(this, Object.getPrototypeOf(this).constructor.prototype),
          (this.name = e.name),
          (this.$fault = e.$fault),
          (this.$metadata = e.$metadata);
      }
      static isInstance(e) {
        if (!e) return !1;
        const r = e;
        return (
          t.prototype.isPrototypeOf(r) ||
          (!!r.$fault && !!r.$metadata && (r.$fault === 'client' || r.$fault === 'server'))
        );
      }
      static [Symbol.hasInstance](e) {
        if (!e) return !1;
        const r = e;
        if (this === t) return t.isInstance(e);
        if (t.isInstance(e)) {
          if (this.prototype.isPrototypeOf(e)) return !0;
          let o = Object.hasOwn(this, 'shapeId') ? this.shapeId : void 0,
            n = !1;
          if (o) {
            let i = Object.getPrototypeOf(r);
            for (; i && i !== Object.prototype; ) {
              const a = i.constructor,
                c = a !== t && Object.hasOwn(a, 'shapeId') ? a?.shapeId : void 0;
              if (c && ((n = !0), c === o)) return !0;
              i = Object.getPrototypeOf(i);
            }
          }
          if (o && n) return !1;
          const s = this.name;
          if (s && s.length >= 6) {
            if (r.name === s) return !0;
            let i = Object.getPrototypeOf(r);
            for (; i && i !== Object.prototype; ) {
              const a = i.constructor?.name;
              if (a && a !== 'Error' && a === s) return !0;
              i = Object.getPrototypeOf(i);
            }
          }
        }
        return !1;
      }
    }),
      (ea = (t, e = {}) => {
        Object.entries(e)
          .filter(([, o]) => o !== void 0)
          .forEach(([o, n]) => {
            (t[o] == null || t[o] === '') && (t[o] = n);
          });
        const r = t.message || t.Message || 'UnknownError';
        return ((t.message = r), delete t.Message, t);
      });
  });
var Rt,
  xg = u(() => {
    Rt = (t) => {
      switch (t) {
        case 'standard':
          return { retryMode: 'standard', connectionTimeout: 3100 };
        case 'in-region':
          return { retryMode: 'standard', connectionTimeout: 1100 };
        case 'cross-region':
          return { retryMode: 'standard', connectionTimeout: 3100 };
        case 'mobile':
          return { retryMode: 'standard', connectionTimeout: 3e4 };
        default:
          return {};
      }
    };
  });
var _g,
  vt,
  Tg = u(() => {
    (_g = !1),
      (vt = (t) => {
        t && !_g && parseInt(t.substring(1, t.indexOf('.'))) < 16 && (_g = !0);
      });
  });
var Ig,
  wg,
  Ag,
  bg = u(() => {
    q();
    dr();
    (Ig = Object.values(br)),
      (wg = (t) => {
        const e = [];
        for (const r in br) {
          if (!A(br, r)) continue;
          const o = br[r];
          t[o] !== void 0 && e.push({ algorithmId: () => o, checksumConstructor: () => t[o] });
        }
        for (const [r, o] of Object.entries(t.checksumAlgorithms ?? {}))
          e.push({ algorithmId: () => r, checksumConstructor: () => o });
        return {
          addChecksumAlgorithm(r) {
            t.checksumAlgorithms = t.checksumAlgorithms ?? {};
            const o = r.algorithmId(),
              n = r.checksumConstructor();
            Ig.includes(o)
              ? (t.checksumAlgorithms[o.toUpperCase()] = n)
              : (t.checksumAlgorithms[o] = n),
              e.push(r);
          },
          checksumAlgorithms() {
            return e;
          },
        };
      }),
      (Ag = (t) => {
        const e = {};
        return (
          t.checksumAlgorithms().forEach((r) => {
            const o = r.algorithmId();
            Ig.includes(o) && (e[o] = r.checksumConstructor());
          }),
          e
        );
      });
  });
var Cg,
  Rg,
  vg = u(() => {
    (Cg = (t) => ({
      setRetryStrategy(e) {
        t.retryStrategy = e;
      },
      retryStrategy() {
        return t.retryStrategy;
      },
    })),
      (Rg = (t) => {
        const e = {};
        return ((e.retryStrategy = t.retryStrategy()), e);
      });
  });
var Ot,
  Dt,
  Og = u(() => {
    bg();
    vg();
    (Ot = (t) => Object.assign(wg(t), Cg(t))), (Dt = (t) => Object.assign(Ag(t), Rg(t)));
  });
var ta,
  Dg = u(() => {
    q();
    ta = (t) => {
      const e = '#text';
      for (const r in t)
        A(t, r) &&
          (t[r][e] !== void 0
            ? (t[r] = t[r][e])
            : typeof t[r] == 'object' && t[r] !== null && (t[r] = ta(t[r])));
      return t;
    };
  });
var Ee,
  Pg = u(() => {
    Ee = class {
      trace() {}
      debug() {}
      info() {}
      warn() {}
      error() {}
    };
  });
function Pt(t, e, r, o) {
  return (s, i, a, c, p = {}) => {
    const l = Object.assign({}, t, s);
    return je
      .classBuilder()
      .ep(l)
      .m(function (d, m, f, h) {
        const S = i.call(this, d, m, f, h);
        return (S.unshift(o(f, d.getEndpointParameterInstructions())), S);
      })
      .s(e, a, p)
      .n(r, a.charAt(0).toUpperCase() + a.slice(1) + 'Command')
      .sc(c)
      .build();
  };
}
var Ng = u(() => {
  zp();
});
var b = u(() => {
  q();
  q();
  sg();
  zp();
  yg();
  xg();
  Tg();
  Eg();
  Og();
  Dg();
  Pg();
  Ng();
});
var oa,
  Nt,
  $g = u(() => {
    (oa = { warningEmitted: !1 }),
      (Nt = (t) => {
        if (t && !oa.warningEmitted) {
          if (process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED === 'true') {
            oa.warningEmitted = !0;
            return;
          }
          const e = parseInt(t.substring(1, t.indexOf('.'))),
            r = 22;
          e < r &&
            ((oa.warningEmitted = !0),
            process.emitWarning(`NodeVersionSupportWarning: The AWS SDK for JavaScript (v3)
versions published after the first week of January 2027
will require node >=${r}. You are running node ${t}.

To continue receiving updates to AWS services, bug fixes,
and security updates please upgrade to node >=${r}.

More information can be found at: https://a.co/c895JFp`));
        }
      });
  });
function L(t, e, r) {
  return (t.$source || (t.$source = {}), (t.$source[e] = r), t);
}
var Bg = u(() => {});
function tt(t, e, r) {
  t.__aws_sdk_context
    ? t.__aws_sdk_context.features || (t.__aws_sdk_context.features = {})
    : (t.__aws_sdk_context = { features: {} }),
    (t.__aws_sdk_context.features[e] = r);
}
var qp = u(() => {});
var iD,
  kt,
  Fg = u(() => {
    (iD = () =>
      typeof process == 'object' &&
      process?.env?.AWS_ENABLE_DEFAULT_SOCKET_TIMEOUT_2026 === 'true'),
      (kt = (t, e) => {
        if (iD() && typeof t?.handle != 'function') return e;
      });
  });
var Yn,
  Yp = u(() => {
    Yn = (t) =>
      (typeof ArrayBuffer == 'function' && t instanceof ArrayBuffer) ||
      Object.prototype.toString.call(t) === '[object ArrayBuffer]';
  });
var Jo,
  na,
  Qo = u(() => {
    Yp();
    (Jo = (t, e = 0, r = t.byteLength - e) => {
      if (!Yn(t))
        throw new TypeError(
          `The "input" argument must be ArrayBuffer. Received type ${typeof t} (${t})`,
        );
      return Buffer.from(t, e, r);
    }),
      (na = (t, e) => {
        if (typeof t != 'string')
          throw new TypeError(
            `The "input" argument must be of type string. Received type ${typeof t} (${t})`,
          );
        return e ? Buffer.from(t, e) : Buffer.from(t);
      });
  });
var aD,
  de,
  Vg = u(() => {
    Qo();
    (aD = /^[A-Za-z0-9+/]*={0,2}$/),
      (de = (t) => {
        if ((t.length * 3) % 4 !== 0) throw new TypeError('Incorrect padding on base64 string.');
        if (!aD.exec(t)) throw new TypeError('Invalid base64 string.');
        const e = na(t, 'base64');
        return new Uint8Array(e.buffer, e.byteOffset, e.byteLength);
      });
  });
var re,
  sa = u(() => {
    Qo();
    re = (t) => {
      const e = na(t, 'utf8');
      return new Uint8Array(e.buffer, e.byteOffset, e.byteLength / Uint8Array.BYTES_PER_ELEMENT);
    };
  });
var ue,
  Hg = u(() => {
    Qo();
    sa();
    ue = (t) => {
      let e;
      if (
        (typeof t == 'string' ? (e = re(t)) : (e = t),
        typeof e != 'object' || typeof e.byteOffset != 'number' || typeof e.byteLength != 'number')
      )
        throw new Error(
          '@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.',
        );
      return Jo(e.buffer, e.byteOffset, e.byteLength).toString('base64');
    };
  });
function Gg(t, e, r, o) {
  return class ia extends Uint8Array {
    static fromString(s, i = 'utf-8') {
      if (typeof s == 'string') return i === 'base64' ? ia.mutate(o(s)) : ia.mutate(e(s));
      throw new Error(`Unsupported conversion from ${typeof s} to Uint8ArrayBlobAdapter.`);
    }
    static mutate(s) {
      return (Object.setPrototypeOf(s, ia.prototype), s);
    }
    transformToString(s = 'utf-8') {
      return s === 'base64' ? r(this) : t(this);
    }
  };
}
var Kg = u(() => {});
var Z,
  zg = u(() => {
    Qo();
    Z = (t) => {
      if (typeof t == 'string') return t;
      if (
        typeof t != 'object' ||
        typeof t.byteOffset != 'number' ||
        typeof t.byteLength != 'number'
      )
        throw new Error(
          '@smithy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.',
        );
      return Jo(t.buffer, t.byteOffset, t.byteLength).toString('utf8');
    };
  });
function jg(t) {
  return typeof crypto < 'u' && typeof crypto.randomUUID == 'function'
    ? () => crypto.randomUUID()
    : () => {
        const e = new Uint8Array(16);
        return (
          t(e),
          (e[6] = (e[6] & 15) | 64),
          (e[8] = (e[8] & 63) | 128),
          be[e[0]] +
            be[e[1]] +
            be[e[2]] +
            be[e[3]] +
            '-' +
            be[e[4]] +
            be[e[5]] +
            '-' +
            be[e[6]] +
            be[e[7]] +
            '-' +
            be[e[8]] +
            be[e[9]] +
            '-' +
            be[e[10]] +
            be[e[11]] +
            be[e[12]] +
            be[e[13]] +
            be[e[14]] +
            be[e[15]]
        );
      };
}
var be,
  Wg = u(() => {
    be = Array.from({ length: 256 }, (t, e) => e.toString(16).padStart(2, '0'));
  });
var Xp,
  cD,
  qg,
  uD,
  Yg,
  Xg,
  Jg,
  pD,
  Qg,
  Zg,
  lD,
  aa,
  Zo,
  eS,
  dD,
  mD,
  tS = u(() => {
    (Xp = (t) => {
      if (t != null) {
        if (typeof t == 'string') {
          const e = parseFloat(t);
          if (!Number.isNaN(e))
            return (
              String(e) !== String(t) && mD.warn(dD(`Expected number but observed string: ${t}`)), e
            );
        }
        if (typeof t == 'number') return t;
        throw new TypeError(`Expected number, got ${typeof t}: ${t}`);
      }
    }),
      (cD = Math.ceil(2 ** 127 * (2 - 2 ** -23))),
      (qg = (t) => {
        const e = Xp(t);
        if (e !== void 0 && !Number.isNaN(e) && e !== 1 / 0 && e !== -1 / 0 && Math.abs(e) > cD)
          throw new TypeError(`Expected 32-bit float, got ${t}`);
        return e;
      }),
      (uD = (t) => {
        if (t != null) {
          if (Number.isInteger(t) && !Number.isNaN(t)) return t;
          throw new TypeError(`Expected integer, got ${typeof t}: ${t}`);
        }
      }),
      (Yg = (t) => Jg(t, 16)),
      (Xg = (t) => Jg(t, 8)),
      (Jg = (t, e) => {
        const r = uD(t);
        if (r !== void 0 && pD(r, e) !== r)
          throw new TypeError(`Expected ${e}-bit integer, got ${t}`);
        return r;
      }),
      (pD = (t, e) => {
        switch (e) {
          case 32:
            return Int32Array.of(t)[0];
          case 16:
            return Int16Array.of(t)[0];
          case 8:
            return Int8Array.of(t)[0];
        }
      }),
      (Qg = (t) => Xp(typeof t == 'string' ? aa(t) : t)),
      (Zg = (t) => qg(typeof t == 'string' ? aa(t) : t)),
      (lD = /(-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)|(-?Infinity)|(NaN)/g),
      (aa = (t) => {
        const e = t.match(lD);
        if (e === null || e[0].length !== t.length)
          throw new TypeError('Expected real number, got implicit NaN');
        return parseFloat(t);
      }),
      (Zo = (t) => Yg(typeof t == 'string' ? aa(t) : t)),
      (eS = (t) => Xg(typeof t == 'string' ? aa(t) : t)),
      (dD = (t) =>
        String(new TypeError(t).stack || t)
          .split(`
`)
          .slice(0, 5)
          .filter((e) => !e.includes('stackTraceWarning'))
          .join(`
`)),
      (mD = { warn: console.warn });
  });
function Io(t) {
  const e = t.getUTCFullYear(),
    r = t.getUTCMonth(),
    o = t.getUTCDay(),
    n = t.getUTCDate(),
    s = t.getUTCHours(),
    i = t.getUTCMinutes(),
    a = t.getUTCSeconds(),
    c = n < 10 ? `0${n}` : `${n}`,
    p = s < 10 ? `0${s}` : `${s}`,
    l = i < 10 ? `0${i}` : `${i}`,
    d = a < 10 ? `0${a}` : `${a}`;
  return `${fD[o]}, ${c} ${Qp[r]} ${e} ${p}:${l}:${d} GMT`;
}
var fD,
  Qp,
  hD,
  Zp,
  gD,
  el,
  SD,
  yD,
  ED,
  Jn,
  tl,
  Xn,
  xD,
  _D,
  TD,
  Jp,
  ID,
  wD,
  AD,
  fr,
  bD,
  CD,
  en,
  rS = u(() => {
    tS();
    (fD = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']),
      (Qp = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']);
    (hD = new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?[zZ]$/)),
      (Zp = (t) => {
        if (t == null) return;
        if (typeof t != 'string')
          throw new TypeError('RFC-3339 date-times must be expressed as strings');
        const e = hD.exec(t);
        if (!e) throw new TypeError('Invalid RFC-3339 date-time value');
        const [r, o, n, s, i, a, c, p] = e,
          l = Zo(en(o)),
          d = fr(n, 'month', 1, 12),
          m = fr(s, 'day', 1, 31);
        return Xn(l, d, m, { hours: i, minutes: a, seconds: c, fractionalMilliseconds: p });
      }),
      (gD = new RegExp(
        /^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(([-+]\d{2}:\d{2})|[zZ])$/,
      )),
      (el = (t) => {
        if (t == null) return;
        if (typeof t != 'string')
          throw new TypeError('RFC-3339 date-times must be expressed as strings');
        const e = gD.exec(t);
        if (!e) throw new TypeError('Invalid RFC-3339 date-time value');
        const [r, o, n, s, i, a, c, p, l] = e,
          d = Zo(en(o)),
          m = fr(n, 'month', 1, 12),
          f = fr(s, 'day', 1, 31),
          h = Xn(d, m, f, { hours: i, minutes: a, seconds: c, fractionalMilliseconds: p });
        return (l.toUpperCase() != 'Z' && h.setTime(h.getTime() - CD(l)), h);
      }),
      (SD = new RegExp(
        /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/,
      )),
      (yD = new RegExp(
        /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d{2})-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/,
      )),
      (ED = new RegExp(
        /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ( [1-9]|\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? (\d{4})$/,
      )),
      (Jn = (t) => {
        if (t == null) return;
        if (typeof t != 'string')
          throw new TypeError('RFC-7231 date-times must be expressed as strings');
        let e = SD.exec(t);
        if (e) {
          const [r, o, n, s, i, a, c, p] = e;
          return Xn(Zo(en(s)), Jp(n), fr(o, 'day', 1, 31), {
            hours: i,
            minutes: a,
            seconds: c,
            fractionalMilliseconds: p,
          });
        }
        if (((e = yD.exec(t)), e)) {
          const [r, o, n, s, i, a, c, p] = e;
          return TD(
            Xn(xD(s), Jp(n), fr(o, 'day', 1, 31), {
              hours: i,
              minutes: a,
              seconds: c,
              fractionalMilliseconds: p,
            }),
          );
        }
        if (((e = ED.exec(t)), e)) {
          const [r, o, n, s, i, a, c, p] = e;
          return Xn(Zo(en(p)), Jp(o), fr(n.trimLeft(), 'day', 1, 31), {
            hours: s,
            minutes: i,
            seconds: a,
            fractionalMilliseconds: c,
          });
        }
        throw new TypeError('Invalid RFC-7231 date-time value');
      }),
      (tl = (t) => {
        if (t == null) return;
        let e;
        if (typeof t == 'number') e = t;
        else if (typeof t == 'string') e = Qg(t);
        else if (typeof t == 'object' && t.tag === 1) e = t.value;
        else
          throw new TypeError(
            'Epoch timestamps must be expressed as floating point numbers or their string representation',
          );
        if (Number.isNaN(e) || e === 1 / 0 || e === -1 / 0)
          throw new TypeError('Epoch timestamps must be valid, non-Infinite, non-NaN numerics');
        return new Date(Math.round(e * 1e3));
      }),
      (Xn = (t, e, r, o) => {
        const n = e - 1;
        return (
          wD(t, n, r),
          new Date(
            Date.UTC(
              t,
              n,
              r,
              fr(o.hours, 'hour', 0, 23),
              fr(o.minutes, 'minute', 0, 59),
              fr(o.seconds, 'seconds', 0, 60),
              bD(o.fractionalMilliseconds),
            ),
          )
        );
      }),
      (xD = (t) => {
        const e = new Date().getUTCFullYear(),
          r = Math.floor(e / 100) * 100 + Zo(en(t));
        return r < e ? r + 100 : r;
      }),
      (_D = 50 * 365 * 24 * 60 * 60 * 1e3),
      (TD = (t) =>
        t.getTime() - new Date().getTime() > _D
          ? new Date(
              Date.UTC(
                t.getUTCFullYear() - 100,
                t.getUTCMonth(),
                t.getUTCDate(),
                t.getUTCHours(),
                t.getUTCMinutes(),
                t.getUTCSeconds(),
                t.getUTCMilliseconds(),
              ),
            )
          : t),
      (Jp = (t) => {
        const e = Qp.indexOf(t);
        if (e < 0) throw new TypeError(`Invalid month: ${t}`);
        return e + 1;
      }),
      (ID = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]),
      (wD = (t, e, r) => {
        let o = ID[e];
        if ((e === 1 && AD(t) && (o = 29), r > o))
          throw new TypeError(`Invalid day for ${Qp[e]} in ${t}: ${r}`);
      }),
      (AD = (t) => t % 4 === 0 && (t % 100 !== 0 || t % 400 === 0)),
      (fr = (t, e, r, o) => {
        const n = eS(en(t));
        if (n < r || n > o) throw new TypeError(`${e} must be between ${r} and ${o}, inclusive`);
        return n;
      }),
      (bD = (t) => (t == null ? 0 : Zg('0.' + t) * 1e3)),
      (CD = (t) => {
        let e = t[0],
          r = 1;
        if (e == '+') r = 1;
        else if (e == '-') r = -1;
        else throw new TypeError(`Offset direction, ${e}, must be "+" or "-"`);
        const o = Number(t.substring(1, 3)),
          n = Number(t.substring(4, 6));
        return r * (o * 60 + n) * 60 * 1e3;
      }),
      (en = (t) => {
        let e = 0;
        for (; e < t.length - 1 && t.charAt(e) === '0'; ) e++;
        return e === 0 ? t : t.slice(e);
      });
  });
var Le,
  oS = u(() => {
    Le = (e) =>
      Object.assign(new String(e), {
        deserializeJSON() {
          return JSON.parse(String(e));
        },
        toString() {
          return String(e);
        },
        toJSON() {
          return String(e);
        },
      });
    Le.from = (t) =>
      t && typeof t == 'object' && (t instanceof Le || 'deserializeJSON' in t)
        ? t
        : typeof t == 'string' || Object.getPrototypeOf(t) === String.prototype
          ? Le(String(t))
          : Le(JSON.stringify(t));
    Le.fromObject = Le.from;
  });
function rl(t) {
  return (
    (t.includes(',') || t.includes('"')) &&
      (t = `"${t.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`),
    t
  );
}
var nS = u(() => {});
function vr(t, e, r) {
  const o = Number(t);
  if (o < e || o > r) throw new Error(`Value ${o} out of range [${e}, ${r}]`);
}
var ol,
  nl,
  sl,
  sS,
  iS,
  RD,
  vD,
  OD,
  DD,
  PD,
  ND,
  il,
  al,
  cl,
  aS = u(() => {
    (ol = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:[ne|u?r]?s?day)?'),
      (nl = '(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)'),
      (sl = '(\\d?\\d):(\\d{2}):(\\d{2})(?:\\.(\\d+))?'),
      (sS = '(\\d?\\d)'),
      (iS = '(\\d{4})'),
      (RD = new RegExp(
        /^(\d{4})-(\d\d)-(\d\d)[tT](\d\d):(\d\d):(\d\d)(\.(\d+))?(([-+]\d\d:\d\d)|[zZ])$/,
      )),
      (vD =
        /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (?:0[1-9]|[12]\d|3[01]) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [1-9]\d{3} (?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d GMT$/),
      (OD = new RegExp(`^${ol}, ${sS} ${nl} ${iS} ${sl} GMT$`)),
      (DD = new RegExp(`^${ol}, ${sS}-${nl}-(\\d\\d) ${sl} GMT$`)),
      (PD = new RegExp(`^${ol} ${nl} ( [1-9]|\\d\\d) ${sl} ${iS}$`)),
      (ND = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']),
      (il = (t) => {
        if (t == null) return;
        let e = NaN;
        if (typeof t == 'number') e = t;
        else if (typeof t == 'string') {
          if (!/^-?\d*\.?\d+$/.test(t))
            throw new TypeError('parseEpochTimestamp - numeric string invalid.');
          e = Number.parseFloat(t);
        } else typeof t == 'object' && t.tag === 1 && (e = t.value);
        if (isNaN(e) || Math.abs(e) === 1 / 0)
          throw new TypeError('Epoch timestamps must be valid finite numbers.');
        return new Date(Math.round(e * 1e3));
      }),
      (al = (t) => {
        if (t == null) return;
        if (typeof t != 'string') throw new TypeError('RFC3339 timestamps must be strings');
        const e = RD.exec(t);
        if (!e) throw new TypeError(`Invalid RFC3339 timestamp format ${t}`);
        const [, r, o, n, s, i, a, , c, p] = e;
        vr(o, 1, 12), vr(n, 1, 31), vr(s, 0, 23), vr(i, 0, 59), vr(a, 0, 60);
        const l = new Date(
          Date.UTC(
            Number(r),
            Number(o) - 1,
            Number(n),
            Number(s),
            Number(i),
            Number(a),
            Number(c) ? Math.round(parseFloat(`0.${c}`) * 1e3) : 0,
          ),
        );
        if ((l.setUTCFullYear(Number(r)), p.toUpperCase() != 'Z')) {
          const [, d, m, f] = /([+-])(\d\d):(\d\d)/.exec(p) || [void 0, '+', 0, 0],
            h = d === '-' ? 1 : -1;
          l.setTime(l.getTime() + h * (Number(m) * 60 * 60 * 1e3 + Number(f) * 60 * 1e3));
        }
        return l;
      }),
      (cl = (t) => {
        if (t == null) return;
        if (typeof t != 'string') throw new TypeError('RFC7231 timestamps must be strings.');
        if (vD.test(t)) return new Date(t);
        let e, r, o, n, s, i, a, c;
        if (
          ((c = OD.exec(t))
            ? ([, e, r, o, n, s, i, a] = c)
            : (c = DD.exec(t))
              ? (([, e, r, o, n, s, i, a] = c), (o = (Number(o) + 1900).toString()))
              : (c = PD.exec(t)) && ([, r, e, n, s, i, a, o] = c),
          o && i)
        ) {
          const p = Date.UTC(
            Number(o),
            ND.indexOf(r),
            Number(e),
            Number(n),
            Number(s),
            Number(i),
            a ? Math.round(parseFloat(`0.${a}`) * 1e3) : 0,
          );
          vr(e, 1, 31), vr(n, 0, 23), vr(s, 0, 59), vr(i, 0, 60);
          const l = new Date(p);
          return (l.setUTCFullYear(Number(o)), l);
        }
        throw new TypeError(`Invalid RFC7231 date-time value ${t}.`);
      });
  });
function ul(t, e, r) {
  if (r <= 0 || !Number.isInteger(r))
    throw new Error('Invalid number of delimiters (' + r + ') for splitEvery.');
  const o = t.split(e);
  if (r === 1) return o;
  let n = [],
    s = '';
  for (let i = 0; i < o.length; i++)
    s === '' ? (s = o[i]) : (s += e + o[i]), (i + 1) % r === 0 && (n.push(s), (s = ''));
  return (s !== '' && n.push(s), n);
}
var cS = u(() => {});
var Qn,
  uS = u(() => {
    Qn = (t) => {
      let e = t.length,
        r = [],
        o = !1,
        n = !1,
        s = 0;
      for (let i = 0; i < e; ++i) {
        const a = t[i];
        switch (a) {
          case '"':
            n || (o = !o);
            break;
          case ',':
            o || (r.push(t.slice(s, i)), (s = i + 1));
            break;
          default:
        }
        n = a === '\\' && !n;
      }
      return (
        r.push(t.slice(s)),
        r.map((i) => {
          i = i.trim();
          const a = i.length;
          return a < 2
            ? i
            : i[0] === '"' && i[a - 1] === '"'
              ? ((i = i.slice(1, a - 1)), i.replace(/\\(["\\])/g, '$1'))
              : i.replace(/\\"/g, '"');
        })
      );
    };
  });
var pS,
  me,
  lS = u(() => {
    (pS = /^-?((0|[1-9]\d*)(\.\d+)?|\.\d+)([eE][+-]?\d+)?$/),
      (me = class t {
        string;
        type;
        constructor(e, r) {
          if (((this.string = e), (this.type = r), !pS.test(e)))
            throw new Error(
              `@smithy/core/serde - NumericValue string must conform to the Smithy bigDecimal format. Received: "${e}"`,
            );
        }
        toString() {
          return this.string;
        }
        static [Symbol.hasInstance](e) {
          if (!e || typeof e != 'object') return !1;
          const r = e;
          return t.prototype.isPrototypeOf(e) || (r.type === 'bigDecimal' && pS.test(r.string));
        }
      });
  });
function Zn(t) {
  if (t.length % 2 !== 0) throw new Error('Hex encoded strings must have an even number length');
  const e = new Uint8Array(t.length / 2);
  for (let r = 0; r < t.length; r += 2) {
    const o = t.slice(r, r + 2).toLowerCase();
    if (o in pl) e[r / 2] = pl[o];
    else throw new Error(`Cannot decode unrecognized sequence ${o} as hexadecimal`);
  }
  return e;
}
function oe(t) {
  let e = '';
  for (let r = 0; r < t.byteLength; r++) e += dS[t[r]];
  return e;
}
var dS,
  pl,
  ll = u(() => {
    (dS = {}), (pl = {});
    for (let t = 0; t < 256; t++) {
      let e = t.toString(16).toLowerCase();
      e.length === 1 && (e = `0${e}`), (dS[t] = e), (pl[e] = t);
    }
  });

import { ReadStream as kD, fstatSync as LD, lstatSync as MD } from 'node:fs';

var Lt,
  mS = u(() => {
    Lt = (t) => {
      if (!t) return 0;
      if (typeof t == 'string') return Buffer.byteLength(t);
      if (typeof t.byteLength == 'number') return t.byteLength;
      if (typeof t.size == 'number') return t.size;
      if (typeof t.start == 'number' && typeof t.end == 'number') return t.end + 1 - t.start;
      if (t instanceof kD) {
        if (t.path != null) return MD(t.path).size;
        if (typeof t.fd == 'number') return LD(t.fd).size;
      }
      throw new Error(`Body Length computation failed for ${t}`);
    };
  });
var rt,
  fS = u(() => {
    sa();
    rt = (t) =>
      t instanceof Uint8Array
        ? t
        : typeof t == 'string'
          ? re(t)
          : ArrayBuffer.isView(t)
            ? new Uint8Array(t.buffer, t.byteOffset, t.byteLength / Uint8Array.BYTES_PER_ELEMENT)
            : new Uint8Array(t);
  });
function ca(t, e) {
  if (e === void 0) {
    e = 0;
    for (const n of t) e += n.byteLength;
  }
  let r = new Uint8Array(e),
    o = 0;
  for (const n of t) r.set(n, o), (o += n.byteLength);
  return r;
}
var dl = u(() => {});
var Ce,
  es = u(() => {
    Ce = class t extends Error {
      name = 'ProviderError';
      tryNextLink;
      constructor(e, r = !0) {
        let o,
          n = !0;
        typeof r == 'boolean'
          ? ((o = void 0), (n = r))
          : r != null && typeof r == 'object' && ((o = r.logger), (n = r.tryNextLink ?? !0)),
          super(e),
          (this.tryNextLink = n),
          Object.setPrototypeOf(this, t.prototype),
          o?.debug?.(`@smithy/property-provider ${n ? '->' : '(!)'} ${e}`);
      }
      static from(e, r = !0) {
        return Object.assign(new this(e.message, r), e);
      }
    };
  });
var _,
  ua = u(() => {
    es();
    _ = class t extends Ce {
      name = 'CredentialsProviderError';
      constructor(e, r = !0) {
        super(e, r), Object.setPrototypeOf(this, t.prototype);
      }
    };
  });
var ot,
  hS = u(() => {
    es();
    ot = class t extends Ce {
      name = 'TokenProviderError';
      constructor(e, r = !0) {
        super(e, r), Object.setPrototypeOf(this, t.prototype);
      }
    };
  });
var wo,
  ml = u(() => {
    es();
    wo =
      (...t) =>
      async () => {
        if (t.length === 0) throw new Ce('No providers in chain');
        let e;
        for (const r of t)
          try {
            return await r();
          } catch (o) {
            if (((e = o), o?.tryNextLink)) continue;
            throw o;
          }
        throw e;
      };
  });
var gS,
  SS = u(() => {
    gS = (t) => () => Promise.resolve(t);
  });
var pa,
  fl = u(() => {
    pa = (t, e, r) => {
      let o,
        n,
        s,
        i = !1,
        a = async () => {
          n || (n = t());
          try {
            (o = await n), (s = !0), (i = !1);
          } finally {
            n = void 0;
          }
          return o;
        };
      return e === void 0
        ? async (c) => ((!s || c?.forceRefresh) && (o = await a()), o)
        : async (c) => (
            (!s || c?.forceRefresh) && (o = await a()),
            i ? o : r && !r(o) ? ((i = !0), o) : (e(o) && (await a()), o)
          );
    };
  });
var nt,
  la = u(() => {
    nt = (t, e, r) => {
      if (e in t) {
        if (t[e] === 'true') return !0;
        if (t[e] === 'false') return !1;
        throw new Error(`Cannot load ${r} "${e}". Expected "true" or "false", got ${t[e]}.`);
      }
    };
  });
var Me,
  da = u(() => {
    ((t) => {
      (t.ENV = 'env'), (t.CONFIG = 'shared config entry');
    })(Me || (Me = {}));
  });

import { homedir as UD } from 'node:os';
import { sep as $D } from 'node:path';

var hl,
  BD,
  zr,
  ts = u(() => {
    (hl = {}),
      (BD = () => (process && process.geteuid ? `${process.geteuid()}` : 'DEFAULT')),
      (zr = () => {
        const { HOME: t, USERPROFILE: e, HOMEPATH: r, HOMEDRIVE: o = `C:${$D}` } = process.env;
        if (t) return t;
        if (e) return e;
        if (r) return `${o}${r}`;
        const n = BD();
        return (hl[n] || (hl[n] = UD()), hl[n]);
      });
  });
var ma,
  yS,
  Ue,
  gl = u(() => {
    (ma = 'AWS_PROFILE'), (yS = 'default'), (Ue = (t) => t.profile || process.env[ma] || yS);
  });

import { createHash as FD } from 'node:crypto';
import { join as VD } from 'node:path';

var rs,
  Sl = u(() => {
    ts();
    rs = (t) => {
      const r = FD('sha1').update(t).digest('hex');
      return VD(zr(), '.aws', 'sso', 'cache', `${r}.json`);
    };
  });

import { readFile as HD } from 'node:fs/promises';

var os,
  ns,
  yl = u(() => {
    Sl();
    (os = {}),
      (ns = async (t) => {
        if (os[t]) return os[t];
        const e = rs(t),
          r = await HD(e, 'utf8');
        return JSON.parse(r);
      });
  });
var ES,
  xS = u(() => {
    dr();
    ES = (t) =>
      Object.entries(t)
        .filter(([e]) => {
          const r = e.indexOf('.');
          return r === -1 ? !1 : Object.values(lr).includes(e.substring(0, r));
        })
        .reduce(
          (e, [r, o]) => {
            const n = r.indexOf('.'),
              s = r.substring(0, n) === lr.PROFILE ? r.substring(n + 1) : r;
            return ((e[s] = o), e);
          },
          { ...(t.default && { default: t.default }) },
        );
  });

import { join as GD } from 'node:path';

var KD,
  fa,
  El = u(() => {
    ts();
    (KD = 'AWS_CONFIG_FILE'), (fa = () => process.env[KD] || GD(zr(), '.aws', 'config'));
  });

import { join as zD } from 'node:path';

var jD,
  _S,
  TS = u(() => {
    ts();
    (jD = 'AWS_SHARED_CREDENTIALS_FILE'),
      (_S = () => process.env[jD] || zD(zr(), '.aws', 'credentials'));
  });
var WD,
  qD,
  ss,
  xl = u(() => {
    dr();
    (WD = /^([\w-]+)\s(["'])?([\w-@+.%:/]+)\2$/),
      (qD = ['__proto__', 'profile __proto__']),
      (ss = (t) => {
        let e = {},
          r,
          o;
        for (const n of t.split(/\r?\n/)) {
          const s = n.split(/(^|\s)[;#]/)[0].trim();
          if (s[0] === '[' && s[s.length - 1] === ']') {
            (r = void 0), (o = void 0);
            const a = s.substring(1, s.length - 1),
              c = WD.exec(a);
            if (c) {
              const [, p, , l] = c;
              Object.values(lr).includes(p) && (r = [p, l].join('.'));
            } else r = a;
            if (qD.includes(a)) throw new Error(`Found invalid profile name "${a}"`);
          } else if (r) {
            const a = s.indexOf('=');
            if (![0, -1].includes(a)) {
              const [c, p] = [s.substring(0, a).trim(), s.substring(a + 1).trim()];
              if (p === '') o = c;
              else {
                o && n.trimStart() === n && (o = void 0), (e[r] = e[r] || {});
                const l = o ? [o, c].join('.') : c;
                e[r][l] = p;
              }
            }
          }
        }
        return e;
      });
  });

import { readFile as YD } from 'node:fs/promises';

var _l,
  is,
  as,
  ha = u(() => {
    (_l = {}),
      (is = {}),
      (as = (t, e) =>
        is[t] !== void 0 ? is[t] : ((!_l[t] || e?.ignoreCache) && (_l[t] = YD(t, 'utf8')), _l[t]));
  });

import { join as IS } from 'node:path';

var wS,
  ga,
  Tl = u(() => {
    xS();
    El();
    TS();
    ts();
    xl();
    ha();
    (wS = () => ({})),
      (ga = async (t = {}) => {
        let { filepath: e = _S(), configFilepath: r = fa() } = t,
          o = zr(),
          n = '~/',
          s = e;
        e.startsWith(n) && (s = IS(o, e.slice(2)));
        let i = r;
        r.startsWith(n) && (i = IS(o, r.slice(2)));
        const a = await Promise.all([
          as(i, { ignoreCache: t.ignoreCache }).then(ss).then(ES).catch(wS),
          as(s, { ignoreCache: t.ignoreCache }).then(ss).catch(wS),
        ]);
        return { configFile: a[0], credentialsFile: a[1] };
      });
  });
var AS,
  bS = u(() => {
    dr();
    AS = (t) =>
      Object.entries(t)
        .filter(([e]) => e.startsWith(lr.SSO_SESSION + '.'))
        .reduce((e, [r, o]) => ({ ...e, [r.substring(r.indexOf('.') + 1)]: o }), {});
  });
var XD,
  cs,
  CS = u(() => {
    El();
    bS();
    xl();
    ha();
    (XD = () => ({})),
      (cs = async (t = {}) =>
        as(t.configFilepath ?? fa())
          .then(ss)
          .then(AS)
          .catch(XD));
  });
var RS,
  vS = u(() => {
    RS = (...t) => {
      const e = {};
      for (const r of t)
        for (const [o, n] of Object.entries(r))
          e[o] !== void 0 ? Object.assign(e[o], n) : (e[o] = n);
      return e;
    };
  });
var Mt,
  OS = u(() => {
    Tl();
    vS();
    Mt = async (t) => {
      const e = await ga(t);
      return RS(e.configFile, e.credentialsFile);
    };
  });
var us,
  DS = u(() => {
    yl();
    ha();
    us = {
      getFileRecord() {
        return is;
      },
      interceptFile(t, e) {
        is[t] = Promise.resolve(e);
      },
      getTokenRecord() {
        return os;
      },
      interceptToken(t, e) {
        os[t] = e;
      },
    };
  });
function Sa(t) {
  try {
    const e = new Set(Array.from(t.match(/([A-Z_]){3,}/g) ?? []));
    return (
      e.delete('CONFIG'), e.delete('CONFIG_PREFIX_SEPARATOR'), e.delete('ENV'), [...e].join(', ')
    );
  } catch {
    return t;
  }
}
var Il = u(() => {});
var PS,
  NS = u(() => {
    ua();
    Il();
    PS = (t, e) => async () => {
      try {
        const r = t(process.env, e);
        if (r === void 0) throw new Error();
        return r;
      } catch (r) {
        throw new _(r.message || `Not found in ENV: ${Sa(t.toString())}`, { logger: e?.logger });
      }
    };
  });
var kS,
  LS = u(() => {
    ua();
    gl();
    Tl();
    Il();
    kS =
      (t, { preferredFile: e = 'config', ...r } = {}) =>
      async () => {
        const o = Ue(r),
          { configFile: n, credentialsFile: s } = await ga(r),
          i = s[o] || {},
          a = n[o] || {},
          c = e === 'config' ? { ...i, ...a } : { ...a, ...i };
        try {
          const l = t(c, e === 'config' ? n : s);
          if (l === void 0) throw new Error();
          return l;
        } catch (p) {
          throw new _(
            p.message || `Not found in config files w/ profile [${o}]: ${Sa(t.toString())}`,
            { logger: r.logger },
          );
        }
      };
  });
var JD,
  MS,
  US = u(() => {
    SS();
    (JD = (t) => typeof t == 'function'), (MS = (t) => (JD(t) ? async () => await t() : gS(t)));
  });
var I,
  wl = u(() => {
    ml();
    fl();
    NS();
    LS();
    US();
    I = ({ environmentVariableSelector: t, configFileSelector: e, default: r }, o = {}) => {
      const { signingName: n, logger: s } = o;
      return pa(wo(PS(t, { signingName: n, logger: s }), kS(e, o), MS(r)));
    };
  });
var $S,
  BS,
  Ut,
  FS = u(() => {
    la();
    da();
    ($S = 'AWS_USE_DUALSTACK_ENDPOINT'),
      (BS = 'use_dualstack_endpoint'),
      (Ut = {
        environmentVariableSelector: (t) => nt(t, $S, Me.ENV),
        configFileSelector: (t) => nt(t, BS, Me.CONFIG),
        default: !1,
      });
  });
var VS,
  HS,
  $t,
  GS = u(() => {
    la();
    da();
    (VS = 'AWS_USE_FIPS_ENDPOINT'),
      (HS = 'use_fips_endpoint'),
      ($t = {
        environmentVariableSelector: (t) => nt(t, VS, Me.ENV),
        configFileSelector: (t) => nt(t, HS, Me.CONFIG),
        default: !1,
      });
  });
var KS,
  Al,
  bl,
  zS,
  jS,
  WS,
  qS,
  YS,
  XS,
  Cl = u(() => {
    (KS = 'AWS_EXECUTION_ENV'),
      (Al = 'AWS_REGION'),
      (bl = 'AWS_DEFAULT_REGION'),
      (zS = 'AWS_EC2_METADATA_DISABLED'),
      (jS = ['in-region', 'cross-region', 'mobile', 'standard', 'legacy']),
      (WS = '/latest/meta-data/placement/region'),
      (qS = '/latest/api/token'),
      (YS = 'x-aws-ec2-metadata-token'),
      (XS = 'x-aws-ec2-metadata-token-ttl-seconds');
  });
var JS,
  QD,
  ey,
  ya,
  QS,
  ZD,
  ZS,
  Rl = u(() => {
    Cl();
    (JS = 1e3),
      (QD = 6e4),
      (ey = 0),
      (ya = async () => {
        if (!process.env[zS] && !(Date.now() < ey))
          try {
            const t = ZD(),
              e = (
                await ZS({ ...t, path: qS, method: 'PUT', headers: { [XS]: '21600' } })
              ).toString();
            return (
              (await ZS({ ...t, path: WS, method: 'GET', headers: { [YS]: e } }))
                .toString()
                .trim() || QS()
            );
          } catch {
            return QS();
          }
      }),
      (QS = () => {
        ey = Date.now() + QD;
      }),
      (ZD = () => {
        const t = process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT;
        if (t) {
          const e = new URL(t);
          return {
            hostname: e.hostname.replace(/^\[(.+)]$/, '$1'),
            port: e.port ? Number(e.port) : void 0,
          };
        }
        return process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE === 'IPv6'
          ? { hostname: 'fd00:ec2::254' }
          : { hostname: '169.254.169.254' };
      }),
      (ZS = async (t) => {
        const { request: e } = await import('node:http');
        return new Promise((r, o) => {
          const n = e({
            hostname: t.hostname,
            port: t.port,
            path: t.path,
            method: t.method,
            headers: t.headers,
            timeout: JS,
            signal: AbortSignal.timeout(JS),
          });
          n.on('error', (s) => {
            o(s), n.destroy();
          }),
            n.on('timeout', () => {
              o(new Error('TimeoutError from instance metadata service')), n.destroy();
            }),
            n.on('response', (s) => {
              const { statusCode: i = 400 } = s;
              if (i < 200 || i >= 300) {
                o(
                  Object.assign(
                    new Error('Error response received from instance metadata service'),
                    { statusCode: i },
                  ),
                ),
                  n.destroy();
                return;
              }
              const a = [];
              s.on('data', (c) => a.push(c)),
                s.on('end', () => {
                  r(Buffer.concat(a)), n.destroy();
                });
            }),
            n.end();
        });
      });
  });
var ty,
  ry,
  $e,
  st,
  vl = u(() => {
    Rl();
    (ty = 'AWS_REGION'),
      (ry = 'region'),
      ($e = {
        environmentVariableSelector: (t) => t[ty],
        configFileSelector: (t) => t[ry],
        default: async () => {
          const t = await ya();
          if (t) return t;
          throw new Error('Region is missing');
        },
      }),
      (st = { preferredFile: 'credentials' });
  });
var oy,
  ny,
  sy = u(() => {
    q();
    (oy = new Set()),
      (ny = (t, e = mr) => {
        if (!oy.has(t) && !e(t))
          if (t === '*')
            console.warn(
              '@smithy/config-resolver WARN - Please use the caller region instead of "*". See "sigv4a" in https://github.com/aws/aws-sdk-js-v3/blob/main/supplemental-docs/CLIENTS.md.',
            );
          else
            throw new Error(
              `Region not accepted: region="${t}" is not a valid hostname component.`,
            );
        else oy.add(t);
      });
  });
var Ea,
  Ol = u(() => {
    Ea = (t) => typeof t == 'string' && (t.startsWith('fips-') || t.endsWith('-fips'));
  });
var iy,
  ay = u(() => {
    Ol();
    iy = (t) =>
      Ea(t)
        ? ['fips-aws-global', 'aws-fips'].includes(t)
          ? 'us-east-1'
          : t.replace(/fips-(dkr-|prod-)?|-fips/, '')
        : t;
  });
var Bt,
  cy = u(() => {
    sy();
    ay();
    Ol();
    Bt = (t) => {
      const { region: e, useFipsEndpoint: r } = t;
      if (!e) throw new Error('Region is missing');
      return Object.assign(t, {
        region: async () => {
          const o = typeof e == 'function' ? await e() : e,
            n = iy(o);
          return (ny(n), n);
        },
        useFipsEndpoint: async () => {
          const o = typeof e == 'string' ? e : await e();
          return Ea(o) ? !0 : typeof r != 'function' ? Promise.resolve(!!r) : r();
        },
      });
    };
  });
var eP,
  tP,
  uy,
  py = u(() => {
    (eP = 'AWS_DEFAULTS_MODE'),
      (tP = 'defaults_mode'),
      (uy = {
        environmentVariableSelector: (t) => t[eP],
        configFileSelector: (t) => t[tP],
        default: 'legacy',
      });
  });
var Ft,
  rP,
  oP,
  ly = u(() => {
    vl();
    Rl();
    wl();
    fl();
    Cl();
    py();
    (Ft = ({ region: t = I($e), defaultsMode: e = I(uy) } = {}) =>
      pa(async () => {
        const r = typeof e == 'function' ? await e() : e;
        switch (r?.toLowerCase()) {
          case 'auto':
            return rP(t);
          case 'in-region':
          case 'cross-region':
          case 'mobile':
          case 'standard':
          case 'legacy':
            return Promise.resolve(r?.toLocaleLowerCase());
          case void 0:
            return Promise.resolve('legacy');
          default:
            throw new Error(
              `Invalid parameter for "defaultsMode", expect ${jS.join(', ')}, got ${r}`,
            );
        }
      })),
      (rP = async (t) => {
        if (t) {
          const e = typeof t == 'function' ? await t() : t,
            r = await oP();
          return r ? (e === r ? 'in-region' : 'cross-region') : 'standard';
        }
        return 'standard';
      }),
      (oP = async () =>
        process.env[KS] && (process.env[Al] || process.env[bl])
          ? (process.env[Al] ?? process.env[bl])
          : ya());
  });
var D = u(() => {
  es();
  ua();
  hS();
  ml();
  la();
  da();
  gl();
  Sl();
  yl();
  CS();
  OS();
  DS();
  wl();
  FS();
  GS();
  vl();
  cy();
  ly();
});
var dy,
  my,
  fy,
  hy = u(() => {
    (dy = 'AWS_ENDPOINT_URL'),
      (my = 'endpoint_url'),
      (fy = (t) => ({
        environmentVariableSelector: (e) => {
          const r = t.split(' ').map((s) => s.toUpperCase()),
            o = e[[dy, ...r].join('_')];
          if (o) return o;
          const n = e[dy];
          if (n) return n;
        },
        configFileSelector: (e, r) => {
          if (e.services) {
            const n = ['services', e.services].join('.');
            if (!r || !r[n])
              throw new Error(
                `The services section "${e.services}" specified in the profile is not present in the shared configuration file.`,
              );
            const s = r[n],
              i = t.split(' ').map((c) => c.toLowerCase()),
              a = s[[i.join('_'), my].join('.')];
            if (a) return a;
          }
          const o = e[my];
          if (o) return o;
        },
        default: void 0,
      }));
  });
var nP,
  sP,
  gy,
  Sy = u(() => {
    D();
    (nP = 'AWS_IGNORE_CONFIGURED_ENDPOINT_URLS'),
      (sP = 'ignore_configured_endpoint_urls'),
      (gy = {
        environmentVariableSelector: (t) => nt(t, nP, Me.ENV),
        configFileSelector: (t) => nt(t, sP, Me.CONFIG),
        default: !1,
      });
  });
var ps,
  yy = u(() => {
    D();
    hy();
    Sy();
    ps = async (t) => {
      if (!(await I(gy)())) return I(fy(t ?? ''))();
    };
  });
var Dl,
  iP,
  aP,
  cP,
  Ey,
  xy,
  _y = u(() => {
    (Dl = async (t) => {
      const e = t?.Bucket || '';
      if (
        (typeof t.Bucket == 'string' &&
          (t.Bucket = e
            .replace(/#/g, encodeURIComponent('#'))
            .replace(/\?/g, encodeURIComponent('?'))),
        xy(e))
      ) {
        if (t.ForcePathStyle === !0)
          throw new Error('Path-style addressing cannot be used with ARN buckets');
      } else
        (!Ey(e) ||
          (e.indexOf('.') !== -1 && !String(t.Endpoint).startsWith('http:')) ||
          e.toLowerCase() !== e ||
          e.length < 3) &&
          (t.ForcePathStyle = !0);
      return (
        t.DisableMultiRegionAccessPoints &&
          ((t.disableMultiRegionAccessPoints = !0), (t.DisableMRAP = !0)),
        t
      );
    }),
      (iP = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/),
      (aP = /(\d+\.){3}\d+/),
      (cP = /\.\./),
      (Ey = (t) => iP.test(t) && !aP.test(t) && !cP.test(t)),
      (xy = (t) => {
        const [e, r, o, , , n] = t.split(':'),
          s = e === 'arn' && t.split(':').length >= 6,
          i = !!(s && r && o && n);
        if (s && !i) throw new Error(`Invalid ARN: ${t} was an invalid ARN.`);
        return i;
      });
  });
var Ty = u(() => {
  _y();
});
var Iy,
  wy = u(() => {
    Iy = (t, e, r, o = !1) => {
      const n = async () => {
        let s;
        return (
          o ? (s = r.clientContextParams?.[t] ?? r[t] ?? r[e]) : (s = r[t] ?? r[e]),
          typeof s == 'function' ? s() : s
        );
      };
      return t === 'credentialScope' || e === 'CredentialScope'
        ? async () => {
            const s = typeof r.credentials == 'function' ? await r.credentials() : r.credentials;
            return s?.credentialScope ?? s?.CredentialScope;
          }
        : t === 'accountId' || e === 'AccountId'
          ? async () => {
              const s = typeof r.credentials == 'function' ? await r.credentials() : r.credentials;
              return s?.accountId ?? s?.AccountId;
            }
          : t === 'endpoint' || e === 'endpoint'
            ? async () => {
                if (r.isCustomEndpoint === !1) return;
                const s = await n();
                if (s && typeof s == 'object') {
                  if ('url' in s) return s.url.href;
                  if ('hostname' in s) {
                    const { protocol: i, hostname: a, port: c, path: p } = s;
                    return `${i}//${a}${c ? ':' + c : ''}${p}`;
                  }
                }
                return s;
              }
            : n;
    };
  });
var Pl = u(() => {
  q();
});
function xa(t) {
  return async (e, r, o, n) => {
    if (!o.isCustomEndpoint && !o.ignoreConfiguredEndpointUrls) {
      let a;
      o.serviceConfiguredEndpoint
        ? (a = await o.serviceConfiguredEndpoint())
        : (a = await t(o.serviceId)),
        a &&
          ((o.endpoint = () => Promise.resolve(Gr(a))),
          (o.isCustomEndpoint = !0),
          n?.logger?.debug?.(`@smithy/core/endpoints - resolved endpoint from config: ${a}`));
    }
    const s = await _a(e, r, o);
    if (typeof o.endpointProvider != 'function')
      throw new Error('config.endpointProvider is not set.');
    const i = o.endpointProvider(s, n);
    if (o.isCustomEndpoint && o.endpoint) {
      const a = await o.endpoint();
      if (a?.headers) {
        i.headers ??= {};
        for (const [c, p] of Object.entries(a.headers)) i.headers[c] = Array.isArray(p) ? p : [p];
      }
    }
    return i;
  };
}
var _a,
  Ta = u(() => {
    Ty();
    wy();
    Pl();
    _a = async (t, e, r) => {
      const o = {},
        n = e?.getEndpointParameterInstructions?.() || {};
      for (const [s, i] of Object.entries(n))
        switch (i.type) {
          case 'staticContextParams':
            o[s] = i.value;
            break;
          case 'contextParams':
            o[s] = t[i.name];
            break;
          case 'clientContextParams':
          case 'builtInParams':
            o[s] = await Iy(i.name, s, r, i.type !== 'builtInParams')();
            break;
          case 'operationContextParams':
            o[s] = i.get(t);
            break;
          default:
            throw new Error('Unrecognized endpoint parameter instruction: ' + JSON.stringify(i));
        }
      return (
        Object.keys(n).length === 0 && Object.assign(o, r),
        String(r.serviceId).toLowerCase() === 's3' && (await Dl(o)),
        o
      );
    };
  });
function uP(t, e, r) {
  t.__smithy_context
    ? t.__smithy_context.features || (t.__smithy_context.features = {})
    : (t.__smithy_context = { features: {} }),
    (t.__smithy_context.features[e] = r);
}
function Ia(t) {
  const e = xa(t);
  return ({ config: r, instructions: o }) =>
    (n, s) =>
    async (i) => {
      r.isCustomEndpoint && uP(s, 'ENDPOINT_OVERRIDE', 'N');
      const a = await e(
        i.input,
        {
          getEndpointParameterInstructions() {
            return o;
          },
        },
        { ...r },
        s,
      );
      (s.endpointV2 = a), (s.authSchemes = a.properties?.authSchemes);
      const c = s.authSchemes?.[0];
      if (c) {
        (s.signing_region = c.signingRegion), (s.signing_service = c.signingName);
        const l = te(s)?.selectedHttpAuthScheme?.httpAuthOption;
        l &&
          (l.signingProperties = Object.assign(
            l.signingProperties || {},
            {
              signing_region: c.signingRegion,
              signingRegion: c.signingRegion,
              signing_service: c.signingName,
              signingName: c.signingName,
              signingRegionSet: c.signingRegionSet,
            },
            c.properties,
          ));
      }
      return n({ ...i });
    };
}
var Nl = u(() => {
  q();
  Ta();
});
function Ay(t) {
  const e = Ia(t);
  return (r, o) => ({
    applyToStack: (n) => {
      n.addRelativeTo(e({ config: r, instructions: o }), lP);
    },
  });
}
var pP,
  lP,
  by = u(() => {
    Nl();
    (pP = { name: 'serializerMiddleware', step: 'serialize', tags: ['SERIALIZER'], override: !0 }),
      (lP = {
        step: 'serialize',
        tags: ['ENDPOINT_PARAMETERS', 'ENDPOINT_V2', 'ENDPOINT'],
        name: 'endpointV2Middleware',
        override: !0,
        relation: 'before',
        toMiddleware: pP.name,
      });
  });
function Cy(t) {
  return (e) => {
    let r = e.tls ?? !0,
      { endpoint: o, useDualstackEndpoint: n, useFipsEndpoint: s } = e,
      i = o != null ? async () => Gr(await Y(o)()) : void 0,
      c = Object.assign(e, {
        endpoint: i,
        tls: r,
        isCustomEndpoint: !!o,
        useDualstackEndpoint: Y(n ?? !1),
        useFipsEndpoint: Y(s ?? !1),
        ignoreConfiguredEndpointUrls: !!e.ignoreConfiguredEndpointUrls,
      }),
      p;
    return (
      (c.serviceConfiguredEndpoint = async () => (e.serviceId && !p && (p = t(e.serviceId)), p)), c
    );
  };
}
var Ry = u(() => {
  q();
  Pl();
});
var it,
  vy = u(() => {
    it = class t {
      nodes;
      root;
      conditions;
      results;
      constructor(e, r, o, n) {
        (this.nodes = e), (this.root = r), (this.conditions = o), (this.results = n);
      }
      static from(e, r, o, n) {
        return new t(e, r, o, n);
      }
    };
  });
var at,
  Oy = u(() => {
    at = class {
      capacity;
      data = new Map();
      parameters = [];
      constructor({ size: e, params: r }) {
        (this.capacity = e ?? 50), r && (this.parameters = r);
      }
      get(e, r) {
        const o = this.hash(e);
        if (o === !1) return r();
        if (!this.data.has(o)) {
          if (this.data.size > this.capacity + 10) {
            let n = this.data.keys(),
              s = 0;
            for (;;) {
              const { value: i, done: a } = n.next();
              if ((this.data.delete(i), a || ++s > 10)) break;
            }
          }
          this.data.set(o, r());
        }
        return this.data.get(o);
      }
      size() {
        return this.data.size;
      }
      hash(e) {
        let r = '',
          { parameters: o } = this;
        if (o.length === 0) return !1;
        for (const n of o) {
          const s = e[n],
            i = s == null ? '\0' : String(s);
          if (i.includes('|;')) return !1;
          r += i + '|;';
        }
        return r;
      }
    };
  });
var ae,
  Dy = u(() => {
    ae = class extends Error {
      constructor(e) {
        super(e), (this.name = 'EndpointError');
      }
    };
  });
var Or = u(() => {
  Dy();
});
var kl,
  Py = u(() => {
    kl = 'endpoints';
  });
function tn(t) {
  return typeof t != 'object' || t == null
    ? t
    : 'ref' in t
      ? `$${tn(t.ref)}`
      : 'fn' in t
        ? `${t.fn}(${(t.argv || []).map(tn).join(', ')})`
        : JSON.stringify(t, null, 2);
}
var Ny = u(() => {});
var ky = u(() => {
  Py();
  Ny();
});
var Be,
  Ll = u(() => {
    Be = {};
  });
var Ml,
  Ly = u(() => {
    Ml = (t, e) => t === e;
  });
function Ul(...t) {
  for (const e of t) if (e != null) return e;
}
var My = u(() => {});
var Uy,
  $y = u(() => {
    Or();
    Uy = (t) => {
      const e = t.split('.'),
        r = [];
      for (const o of e) {
        const n = o.indexOf('[');
        if (n !== -1) {
          if (o.indexOf(']') !== o.length - 1) throw new ae(`Path: '${t}' does not end with ']'`);
          const s = o.slice(n + 1, -1);
          if (Number.isNaN(parseInt(s)))
            throw new ae(`Invalid array index: '${s}' in path: '${t}'`);
          n !== 0 && r.push(o.slice(0, n)), r.push(s);
        } else r.push(o);
      }
      return r;
    };
  });
var ls,
  By = u(() => {
    Or();
    $y();
    ls = (t, e) =>
      Uy(e).reduce((r, o) => {
        if (typeof r != 'object')
          throw new ae(`Index '${o}' in '${e}' not found in '${JSON.stringify(t)}'`);
        if (Array.isArray(r)) {
          const n = parseInt(o);
          return r[n < 0 ? r.length + n : n];
        }
        return r[o];
      }, t);
  });
var $l,
  Fy = u(() => {
    $l = (t) => t != null;
  });
function Bl(t, e, r) {
  return t ? e : r;
}
var Vy = u(() => {});
var Fl,
  Hy = u(() => {
    Fl = (t) => !t;
  });
var dP,
  rn,
  Vl = u(() => {
    (dP = /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]\d|\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]\d|\d)){3}$/),
      (rn = (t) => dP.test(t) || (t.startsWith('[') && t.endsWith(']')));
  });
var Hl,
  Gl,
  Gy = u(() => {
    dr();
    Vl();
    (Hl = { [To.HTTP]: 80, [To.HTTPS]: 443 }),
      (Gl = (t) => {
        const e = (() => {
          try {
            if (t instanceof URL) return t;
            if (typeof t == 'object' && 'hostname' in t) {
              const { hostname: m, port: f, protocol: h = '', path: S = '', query: g = {} } = t,
                y = new URL(`${h}//${m}${f ? `:${f}` : ''}${S}`);
              return (
                (y.search = Object.entries(g)
                  .map(([E, T]) => `${E}=${T}`)
                  .join('&')),
                y
              );
            }
            return new URL(t);
          } catch {
            return null;
          }
        })();
        if (!e)
          return (console.error(`Unable to parse ${JSON.stringify(t)} as a whatwg URL.`), null);
        const r = e.href,
          { host: o, hostname: n, pathname: s, protocol: i, search: a } = e;
        if (a) return null;
        const c = i.slice(0, -1);
        if (!Object.values(To).includes(c)) return null;
        const p = rn(n),
          l = r.includes(`${o}:${Hl[c]}`) || (typeof t == 'string' && t.includes(`${o}:${Hl[c]}`)),
          d = `${o}${l ? `:${Hl[c]}` : ''}`;
        return {
          scheme: c,
          authority: d,
          path: s,
          normalizedPath: s.endsWith('/') ? s : `${s}/`,
          isIp: p,
        };
      });
  });
function Kl(t, e, r) {
  if (r === 1) return [t];
  if (t === '') return [''];
  const o = t.split(e);
  return r === 0 ? o : o.slice(0, r - 1).concat(o.slice(1).join(e));
}
var Ky = u(() => {});
var zl,
  zy = u(() => {
    zl = (t, e) => t === e;
  });
var jl,
  jy = u(() => {
    jl = (t, e, r, o) =>
      t == null || e >= r || t.length < r || /[^\u0000-\u007f]/.test(t)
        ? null
        : o
          ? t.substring(t.length - r, t.length - e)
          : t.substring(e, r);
  });
var Wl,
  Wy = u(() => {
    Wl = (t) =>
      encodeURIComponent(t).replace(
        /[!*'()]/g,
        (e) => `%${e.charCodeAt(0).toString(16).toUpperCase()}`,
      );
  });
var ql = u(() => {
  Ly();
  My();
  By();
  Fy();
  q();
  Vy();
  Hy();
  Gy();
  Ky();
  zy();
  jy();
  Wy();
});
var qy,
  Yy = u(() => {
    ql();
    qy = {
      booleanEquals: Ml,
      coalesce: Ul,
      getAttr: ls,
      isSet: $l,
      isValidHostLabel: mr,
      ite: Bl,
      not: Fl,
      parseURL: Gl,
      split: Kl,
      stringEquals: zl,
      substring: jl,
      uriEncode: Wl,
    };
  });
var wa,
  Yl = u(() => {
    ql();
    wa = (t, e) => {
      let r = [],
        { referenceRecord: o, endpointParams: n } = e,
        s = 0;
      for (; s < t.length; ) {
        const i = t.indexOf('{', s);
        if (i === -1) {
          r.push(t.slice(s));
          break;
        }
        r.push(t.slice(s, i));
        const a = t.indexOf('}', i);
        if (a === -1) {
          r.push(t.slice(i));
          break;
        }
        t[i + 1] === '{' && t[a + 1] === '}' && (r.push(t.slice(i + 1, a)), (s = a + 2));
        const c = t.substring(i + 1, a);
        if (c.includes('#')) {
          const [p, l] = c.split('#');
          r.push(ls(o[p] ?? n[p], l));
        } else r.push(o[c] ?? n[c]);
        s = a + 1;
      }
      return r.join('');
    };
  });
var Xy,
  Jy = u(() => {
    Xy = ({ ref: t }, e) => e.referenceRecord[t] ?? e.endpointParams[t];
  });
var bo,
  Aa,
  Qy,
  ds = u(() => {
    Or();
    Ll();
    Yy();
    Yl();
    Jy();
    (bo = (t, e, r) => {
      if (typeof t == 'string') return wa(t, r);
      if (t.fn) return Qy.callFunction(t, r);
      if (t.ref) return Xy(t, r);
      throw new ae(`'${e}': ${String(t)} is not a string, function or reference.`);
    }),
      (Aa = ({ fn: t, argv: e }, r) => {
        const o = Array(e.length);
        for (let i = 0; i < o.length; ++i) {
          const a = e[i];
          typeof a == 'boolean' || typeof a == 'number'
            ? (o[i] = a)
            : (o[i] = Qy.evaluateExpression(a, 'arg', r));
        }
        const n = t.indexOf('.');
        if (n !== -1) {
          const a = Be[t.slice(0, n)]?.[t.slice(n + 1)];
          if (typeof a == 'function') return a(...o);
        }
        const s = qy[t];
        if (typeof s == 'function') return s(...o);
        throw new Error(`function ${t} not loaded in endpointFunctions.`);
      }),
      (Qy = { evaluateExpression: bo, callFunction: Aa });
  });
var Zy = u(() => {
  ds();
});
var eE,
  tE = u(() => {
    ky();
    Or();
    Zy();
    eE = (t, e) => {
      const { assign: r } = t;
      if (r && r in e.referenceRecord)
        throw new ae(`'${r}' is already defined in Reference Record.`);
      const o = Aa(t, e);
      e.logger?.debug?.(`${kl} evaluateCondition: ${tn(t)} = ${tn(o)}`);
      const n = o === '' ? !0 : !!o;
      return r != null ? { result: n, toAssign: { name: r, value: o } } : { result: n };
    };
  });
var rE,
  oE = u(() => {
    Or();
    ds();
    rE = (t, e) =>
      Object.entries(t ?? {}).reduce(
        (r, [o, n]) => (
          (r[o] = n.map((s) => {
            const i = bo(s, 'Header value entry', e);
            if (typeof i != 'string') throw new ae(`Header '${o}' value '${i}' is not a string`);
            return i;
          })),
          r
        ),
        {},
      );
  });
var Xl,
  nE,
  sE,
  iE = u(() => {
    Or();
    Yl();
    (Xl = (t, e) =>
      Object.entries(t).reduce((r, [o, n]) => ((r[o] = sE.getEndpointProperty(n, e)), r), {})),
      (nE = (t, e) => {
        if (Array.isArray(t)) return t.map((r) => nE(r, e));
        switch (typeof t) {
          case 'string':
            return wa(t, e);
          case 'object':
            if (t === null) throw new ae(`Unexpected endpoint property: ${t}`);
            return sE.getEndpointProperties(t, e);
          case 'boolean':
            return t;
          default:
            throw new ae(`Unexpected endpoint property type: ${typeof t}`);
        }
      }),
      (sE = { getEndpointProperty: nE, getEndpointProperties: Xl });
  });
var aE,
  cE = u(() => {
    Or();
    ds();
    aE = (t, e) => {
      const r = bo(t, 'Endpoint URL', e);
      if (typeof r == 'string')
        try {
          return new URL(r);
        } catch (o) {
          throw (console.error(`Failed to construct URL with ${r}`, o), o);
        }
      throw new ae(`Endpoint URL must be a string, got ${typeof r}`);
    };
  });
var Jl,
  Vt,
  uE = u(() => {
    Or();
    tE();
    ds();
    oE();
    iE();
    cE();
    (Jl = 1e8),
      (Vt = (t, e) => {
        let { nodes: r, root: o, results: n, conditions: s } = t,
          i = o,
          a = {},
          c = { referenceRecord: a, endpointParams: e.endpointParams, logger: e.logger };
        for (; i !== 1 && i !== -1 && i < Jl; ) {
          const p = 3 * (Math.abs(i) - 1),
            [l, d, m] = [r[p], r[p + 1], r[p + 2]],
            [f, h, S] = s[l],
            g = eE({ fn: f, assign: S, argv: h }, c);
          if (g.toAssign) {
            const { name: y, value: E } = g.toAssign;
            a[y] = E;
          }
          i = i >= 0 === g.result ? d : m;
        }
        if (i >= Jl) {
          const p = n[i - Jl];
          if (p[0] === -1) {
            const [, f] = p;
            throw new ae(bo(f, 'Error', c));
          }
          const [l, d, m] = p;
          return { url: aE(l, c), properties: Xl(d, c), headers: rE(m ?? {}, c) };
        }
        throw new ae('No matching endpoint.');
      });
  });
var Hz,
  hr,
  Gz,
  gr,
  ee = u(() => {
    yy();
    Ta();
    Nl();
    by();
    Ry();
    vy();
    Oy();
    uE();
    Vl();
    q();
    Ll();
    Ta();
    (Hz = xa(ps)), (hr = Cy(ps)), (Gz = Ia(ps)), (gr = Ay(ps));
  });
var ms,
  ba,
  Ca = u(() => {
    (ms = (t) =>
      typeof ReadableStream == 'function' &&
      (t?.constructor?.name === ReadableStream.name || t instanceof ReadableStream)),
      (ba = (t) =>
        typeof Blob == 'function' && (t?.constructor?.name === Blob.name || t instanceof Blob));
  });
var pE,
  lE = u(() => {
    pE = (t) => new TextEncoder().encode(t);
  });
var dE,
  ej,
  mE,
  Ra,
  Ql,
  fE,
  hE = u(() => {
    (dE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'),
      (ej = Object.entries(dE).reduce((t, [e, r]) => ((t[r] = Number(e)), t), {})),
      (mE = dE.split('')),
      (Ra = 6),
      (Ql = 8),
      (fE = 63);
  });
function gE(t) {
  let e;
  typeof t == 'string' ? (e = pE(t)) : (e = t);
  const r = typeof e == 'object' && typeof e.length == 'number',
    o = typeof e == 'object' && typeof e.byteOffset == 'number' && typeof e.byteLength == 'number';
  if (!r && !o)
    throw new Error(
      '@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.',
    );
  let n = '';
  for (let s = 0; s < e.length; s += 3) {
    let i = 0,
      a = 0;
    for (let p = s, l = Math.min(s + 3, e.length); p < l; p++)
      (i |= e[p] << ((l - p - 1) * Ql)), (a += Ql);
    const c = Math.ceil(a / Ra);
    i <<= c * Ra - a;
    for (let p = 1; p <= c; p++) {
      const l = (c - p) * Ra;
      n += mE[(i & (fE << l)) >> l];
    }
    n += '=='.slice(0, 4 - c);
  }
  return n;
}
var SE = u(() => {
  lE();
  hE();
});
var yE,
  EE = u(() => {
    yE = (t) => {
      if (typeof t == 'string') return t;
      if (
        typeof t != 'object' ||
        typeof t.byteOffset != 'number' ||
        typeof t.byteLength != 'number'
      )
        throw new Error(
          '@smithy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.',
        );
      return new TextDecoder('utf-8').decode(t);
    };
  });
async function Zl(t) {
  return t.arrayBuffer().then((e) => new Uint8Array(e));
}
async function ed(t) {
  let e = [],
    r = t.getReader(),
    o = 0;
  for (;;) {
    const { done: n, value: s } = await r.read();
    if ((s && (e.push(s), (o += s.length)), n)) break;
  }
  return ca(e, o);
}
var xE,
  td = u(() => {
    dl();
    Ca();
    xE = async (t) => (ba(t) ? Zl(t) : ed(t));
  });
var _E,
  IE,
  TE,
  wE = u(() => {
    SE();
    ll();
    EE();
    td();
    Ca();
    (_E = 'The stream has already been transformed.'),
      (IE = (t) => {
        if (!TE(t) && !ms(t)) {
          const n = t?.__proto__?.constructor?.name || t;
          throw new Error(
            `Unexpected stream implementation, expect Blob or ReadableStream, got ${n}`,
          );
        }
        let e = !1,
          r = async () => {
            if (e) throw new Error(_E);
            return ((e = !0), await xE(t));
          },
          o = (n) => {
            if (typeof n.stream != 'function')
              throw new Error(`Cannot transform payload Blob to web stream. Please make sure the Blob.stream() is polyfilled.
If you are using React Native, this API is not yet supported, see: https://react-native.canny.io/feature-requests/p/fetch-streaming-body`);
            return n.stream();
          };
        return Object.assign(t, {
          transformToByteArray: r,
          transformToString: async (n) => {
            const s = await r();
            if (n === 'base64') return gE(s);
            if (n === 'hex') return oe(s);
            if (n === void 0 || n === 'utf8' || n === 'utf-8') return yE(s);
            if (typeof TextDecoder == 'function') return new TextDecoder(n).decode(s);
            throw new Error('TextDecoder is not available, please make sure polyfill is provided.');
          },
          transformToWebStream: () => {
            if (e) throw new Error(_E);
            if (((e = !0), TE(t))) return o(t);
            if (ms(t)) return t;
            throw new Error(`Cannot transform payload to web stream, got ${t}`);
          },
        });
      }),
      (TE = (t) => typeof Blob == 'function' && t instanceof Blob);
  });

import { Writable as mP } from 'node:stream';

var We,
  rd,
  od = u(() => {
    dl();
    td();
    Ca();
    (We = (t) =>
      ba(t)
        ? Zl(t)
        : ms(t)
          ? ed(t)
          : new Promise((e, r) => {
              const o = new rd(),
                n = t;
              n.pipe(o),
                n.on('error', (s) => {
                  o.end(), r(s);
                }),
                o.on('error', r),
                o.on('finish', function () {
                  const s = ca(this.bufferedBytes);
                  e(s);
                });
            })),
      (rd = class extends mP {
        bufferedBytes = [];
        _write(e, r, o) {
          this.bufferedBytes.push(e), o();
        }
      });
  });

import { Readable as nd } from 'node:stream';

var AE,
  fs,
  bE = u(() => {
    Qo();
    wE();
    od();
    (AE = 'The stream has already been transformed.'),
      (fs = (t) => {
        if (!(t instanceof nd))
          try {
            return IE(t);
          } catch {
            const n = t?.__proto__?.constructor?.name || t;
            throw new Error(
              `Unexpected stream implementation, expect Stream.Readable instance, got ${n}`,
            );
          }
        let e = !1,
          r = async () => {
            if (e) throw new Error(AE);
            return ((e = !0), await We(t));
          };
        return Object.assign(t, {
          transformToByteArray: r,
          transformToString: async (o) => {
            const n = await r();
            return o === void 0 || Buffer.isEncoding(o)
              ? Jo(n.buffer, n.byteOffset, n.byteLength).toString(o)
              : new TextDecoder(o).decode(n);
          },
          transformToWebStream: () => {
            if (e) throw new Error(AE);
            if (t.readableFlowing !== null)
              throw new Error('The stream has been consumed by other callbacks.');
            if (typeof nd.toWeb != 'function')
              throw new Error(
                'Readable.toWeb() is not supported. Please ensure a polyfill is available.',
              );
            return ((e = !0), nd.toWeb(t));
          },
        });
      });
  });
function Dr(t) {
  Object.defineProperty(t, '__proto__', {
    value: void 0,
    writable: !0,
    enumerable: !0,
    configurable: !0,
  });
}
var CE = u(() => {});

import { getRandomValues as fP } from 'node:crypto';

var on,
  hP,
  sd,
  nn,
  R = u(() => {
    Vg();
    Hg();
    Kg();
    sa();
    zg();
    Wg();
    rS();
    oS();
    nS();
    aS();
    cS();
    uS();
    lS();
    ll();
    mS();
    fS();
    Yp();
    bE();
    od();
    q();
    CE();
    (on = class extends Gg(Z, re, ue, de) {}), (hP = fP), (sd = jg(hP)), (nn = sd);
  });
var Re,
  sn = u(() => {
    R();
    Re = async (t = new Uint8Array(), e) => {
      if (t instanceof Uint8Array) return on.mutate(t);
      if (!t) return on.mutate(new Uint8Array());
      const r = e.streamCollector(t);
      return on.mutate(await r);
    };
  });
function Co(t) {
  return /^[\w.~-]+$/.test(t)
    ? t
    : encodeURIComponent(t).replace(
        /[!'()*]/g,
        (e) => '%' + e.charCodeAt(0).toString(16).toUpperCase(),
      );
}
var id = u(() => {});
var vE,
  xe,
  gP,
  SP,
  yP,
  EP,
  va,
  RE,
  Ro = u(() => {
    X();
    R();
    (vE = Symbol.for('@smithy/schema-x')),
      (xe = class t extends O {
        static identity = Symbol.for('@smithy/HttpBindingNormalizedSchema');
        identity = t.identity;
        bindings;
        constructor(e) {
          super(e);
        }
        static of(e) {
          const r = O.of(e);
          if (r.identity === t.identity) return r;
          const o = r.isMemberSchema() ? r : r.getSchema(),
            n = typeof o == 'object' && o !== null ? o : r;
          return (n[vE] ??= new t(r));
        }
        getHttpBindingLocation(e) {
          return e.httpPayload
            ? 36
            : e.httpLabel
              ? 33
              : e.httpHeader
                ? 38
                : typeof e.httpPrefixHeaders == 'string'
                  ? 39
                  : e.httpQuery
                    ? 34
                    : e.httpQueryParams
                      ? 35
                      : e.httpResponseCode
                        ? 37
                        : 32;
        }
        getHttpBindingValue(e, r, o = !1) {
          let n = this.getSchema(),
            s = typeof n == 'number' ? n & 255 : this.isListSchema() ? 64 : 255,
            i = e & 7,
            a = r.mediaType
              ? r.mediaType === 'application/json' || r.mediaType.endsWith('+json')
                ? 2
                : 1
              : 0,
            c = r.streaming || s === 42 ? (this.isStructSchema() ? 2 : 1) : 0,
            p = s >= 4 && s <= 7 ? (i >= 6 ? 2 : i > 0 && i < 4 ? 1 : 0) : 0,
            l =
              s |
              (a << 8) |
              ((r.idempotencyToken ? 1 : 0) << 10) |
              (c << 11) |
              ((r.sparse ? 1 : 0) << 13) |
              (p << 14) |
              ((r.hostLabel ? 1 : 0) << 17) |
              ((e === 36 && typeof n != 'object' ? 1 : 0) << 18),
            d = s & 192,
            m =
              i & 2 && (d === 64 || (!o && i & 1))
                ? this.getHttpBindingCollectionValue(e, r)
                : void 0,
            f = (m?.[1] ?? 0) & 255;
          return ((l |= (i >= 6 && (f === 4 || f === 6) ? 1 : 0) << 16), [this, l, m]);
        }
        getHttpBindingCollectionValue(e, r = this.getMergedTraits()) {
          const o = t.of(this.getValueSchema());
          return o.getHttpBindingValue(e, { ...o.getMergedTraits(), ...r }, !0);
        }
        getHttpBindings() {
          const e = this.getSchema();
          return typeof e != 'object' || e === null ? EP : (this.bindings ??= gP(this));
        }
      }),
      (gP = (t) => {
        const e = [],
          r = [],
          o = [],
          n = [],
          s = [],
          i = {},
          a = {},
          c = [],
          p = { headers: a, prefixHeaders: c },
          l = {
            request: { memberBindings: s, byName: i },
            response: { bodyMemberNames: e, bindings: p },
          },
          { request: d, response: m } = l;
        for (const [f, h] of t.structIterator()) {
          const S = xe.of(h),
            g = S.getMergedTraits(),
            y = S.getHttpBindingLocation(g),
            E = g.httpHeader?.toLowerCase() ?? g.httpPrefixHeaders?.toLowerCase() ?? g.httpQuery,
            T = S.getHttpBindingValue(y, g),
            w = [f, T, y, E];
          f === '__proto__' && Dr(i),
            (i[f] = w),
            (T[1] >> 10) & 1 && (d.hasIdempotency = !0),
            s.push(w);
          const v = y & 7;
          if ((v === 0 && (o.push(f), n.push(h)), (v & 4) === 0)) e.push(f), r.push(h);
          else if ((v & 6) === 4)
            if (v & 1) p.statusCode = w;
            else {
              p.payload = w;
              const W = T[1] & 255;
              d.contentTypeInstruction =
                g.mediaType ??
                (W === 0 ? 'text/plain' : W === 21 || W === 42 ? 'application/octet-stream' : null);
            }
          else
            v & 1
              ? ((d.hasPrefixHeaders = !0), c.push(w))
              : (E === '__proto__' && Dr(a), (a[E] = w));
        }
        return (
          d.contentTypeInstruction === void 0 && o.length && (d.contentTypeInstruction = null),
          (d.syntheticBodySchema = RE(t, o, n)),
          (m.syntheticBodySchema = RE(t, e, r)),
          l
        );
      }),
      (SP = (t) => {
        let e = [],
          r = 0;
        for (const o of t.matchAll(/\{([^{}+]+)(\+)?\}/g))
          o.index > r && e.push([t.slice(r, o.index), 0]),
            e.push([o[1], o[2] ? 2 : 1]),
            (r = o.index + o[0].length);
        return (e.length && r < t.length && e.push([t.slice(r), 0]), e.length ? e : void 0);
      }),
      (yP = (t) => {
        const { http: e, endpoint: r } = Kr(t.traits ?? {}),
          [o, n] = e?.[1].split('?') ?? [];
        return [e?.[0], o, n ? [...new URLSearchParams(n)] : [], o ? SP(o) : void 0, r?.[0]];
      }),
      (EP = {
        request: { memberBindings: [], byName: {} },
        response: { bodyMemberNames: [], bindings: { headers: {}, prefixHeaders: [] } },
      }),
      (va = (t) => (t[vE] ??= yP(t))),
      (RE = (t, e, r) => {
        if (!e.length) return;
        const o = t.getSchema(),
          n = [3, o[1], o[2], t.getMergedTraits(), e, r],
          s = o[6],
          i = s && e.reduce((a, c) => a + (o[4].indexOf(c) < s ? 1 : 0), 0);
        return (i && (n[6] = i), n);
      });
  });
var Sr,
  hs = u(() => {
    Sr = class {
      serdeContext;
      setSerdeContext(e) {
        this.serdeContext = e;
      }
    };
  });
var OE,
  ad,
  Oa,
  DE = u(() => {
    OE = new Uint32Array(256);
    for (let t = 0; t < 256; ++t) {
      let e = t;
      for (let r = 0; r < 8; ++r) e = e & 1 ? 3988292384 ^ (e >>> 1) : e >>> 1;
      OE[t] = e >>> 0;
    }
    (ad = 4294967295),
      (Oa = class {
        digestLength = 4;
        checksum = ad;
        update(e) {
          for (let r = 0; r < e.length; ++r)
            this.checksum = (this.checksum >>> 8) ^ OE[(this.checksum ^ e[r]) & 255];
        }
        digestSync() {
          return (this.checksum ^ ad) >>> 0;
        }
        async digest() {
          const e = this.digestSync(),
            r = new Uint8Array(4);
          return (new DataView(r.buffer).setUint32(0, e, !1), r);
        }
        reset() {
          this.checksum = ad;
        }
      });
  });

import * as cd from 'node:zlib';

function xP(t) {
  return class {
    digestLength = 4;
    value = 0;
    update(r) {
      this.value = t(r, this.value);
    }
    digestSync() {
      return this.value >>> 0;
    }
    async digest() {
      const r = new Uint8Array(4);
      return (new DataView(r.buffer).setUint32(0, this.digestSync(), !1), r);
    }
    reset() {
      this.value = 0;
    }
  };
}
var PE,
  an,
  NE = u(() => {
    DE();
    (PE = typeof cd.crc32 == 'function' ? cd.crc32 : void 0), (an = PE ? xP(PE) : Oa);
  });
var _e,
  kE,
  _P,
  Da,
  LE,
  TP,
  ME = u(() => {
    R();
    (_e = 64),
      (kE = 32),
      (_P = 2 ** 53 - 1),
      (Da = class t {
        digestLength = kE;
        state = Int32Array.from(LE);
        w;
        buffer = new Uint8Array(64);
        bufferLength = 0;
        bytesHashed = 0;
        finished = !1;
        inner;
        outer;
        constructor(e) {
          if (e) {
            const r = t.normalizeKey(e);
            (this.inner = new t()), (this.outer = new t());
            const { inner: o, outer: n } = this,
              s = new Uint8Array(_e * 2);
            for (let i = 0; i < _e; ++i) (s[i] = 54 ^ r[i]), (s[i + _e] = 92 ^ r[i]);
            o.update(s.subarray(0, _e)), n.update(s.subarray(_e));
          }
        }
        update(e) {
          if (this.finished) throw new Error('Attempted to update an already finished HMAC.');
          if (this.inner) {
            this.inner.update(e);
            return;
          }
          let r = rt(e),
            o = 0,
            { byteLength: n } = r;
          if (((this.bytesHashed += n), this.bytesHashed * 8 > _P))
            throw new Error('Cannot hash more than 2^53 - 1 bits');
          for (; n > 0; )
            (this.buffer[this.bufferLength++] = r[o++]),
              n--,
              this.bufferLength === _e && (this.hashBuffer(), (this.bufferLength = 0));
        }
        async digest() {
          const { inner: e, outer: r } = this;
          if (e && r) {
            if (this.finished) throw new Error('Attempted to digest an already finished HMAC.');
            this.finished = !0;
            const o = e.digestSync();
            return (r.update(o), r.digestSync());
          }
          return this.digestSync();
        }
        reset() {
          (this.state = Int32Array.from(LE)),
            (this.buffer = new Uint8Array(64)),
            (this.bufferLength = 0),
            (this.bytesHashed = 0);
        }
        digestSync() {
          let e = this.state.slice(),
            r = this.buffer.slice(),
            o = this.bufferLength,
            n = this.bytesHashed * 8,
            s = new DataView(r.buffer, r.byteOffset, r.byteLength);
          if ((s.setUint8(o++, 128), (o - 1) % _e >= _e - 8)) {
            for (let a = o; a < _e; ++a) s.setUint8(a, 0);
            this.hashBufferWith(e, r), (o = 0);
          }
          for (let a = o; a < _e - 8; ++a) s.setUint8(a, 0);
          s.setUint32(_e - 8, Math.floor(n / 4294967296), !1),
            s.setUint32(_e - 4, n, !1),
            this.hashBufferWith(e, r);
          const i = new Uint8Array(kE);
          for (let a = 0; a < 8; ++a)
            (i[a * 4] = (e[a] >>> 24) & 255),
              (i[a * 4 + 1] = (e[a] >>> 16) & 255),
              (i[a * 4 + 2] = (e[a] >>> 8) & 255),
              (i[a * 4 + 3] = (e[a] >>> 0) & 255);
          return i;
        }
        static normalizeKey(e) {
          const r = rt(e);
          if (r.byteLength > _e) {
            const o = new t();
            o.update(r);
            const n = o.digestSync(),
              s = new Uint8Array(_e);
            return (s.set(n), s);
          }
          if (r.byteLength < _e) {
            const o = new Uint8Array(_e);
            return (o.set(r), o);
          }
          return r;
        }
        hashBuffer() {
          this.hashBufferWith(this.state, this.buffer);
        }
        hashBufferWith(e, r) {
          let o = (this.w ??= new Int32Array(64)),
            n = e[0],
            s = e[1],
            i = e[2],
            a = e[3],
            c = e[4],
            p = e[5],
            l = e[6],
            d = e[7];
          for (let m = 0; m < _e; ++m) {
            if (m < 16)
              o[m] =
                ((r[m * 4] & 255) << 24) |
                ((r[m * 4 + 1] & 255) << 16) |
                ((r[m * 4 + 2] & 255) << 8) |
                (r[m * 4 + 3] & 255);
            else {
              let S = o[m - 2],
                g = ((S >>> 17) | (S << 15)) ^ ((S >>> 19) | (S << 13)) ^ (S >>> 10);
              S = o[m - 15];
              const y = ((S >>> 7) | (S << 25)) ^ ((S >>> 18) | (S << 14)) ^ (S >>> 3);
              o[m] = ((g + o[m - 7]) | 0) + ((y + o[m - 16]) | 0);
            }
            const f =
                ((((((c >>> 6) | (c << 26)) ^ ((c >>> 11) | (c << 21)) ^ ((c >>> 25) | (c << 7))) +
                  ((c & p) ^ (~c & l))) |
                  0) +
                  ((d + ((TP[m] + o[m]) | 0)) | 0)) |
                0,
              h =
                ((((n >>> 2) | (n << 30)) ^ ((n >>> 13) | (n << 19)) ^ ((n >>> 22) | (n << 10))) +
                  ((n & s) ^ (n & i) ^ (s & i))) |
                0;
            (d = l),
              (l = p),
              (p = c),
              (c = (a + f) | 0),
              (a = i),
              (i = s),
              (s = n),
              (n = (f + h) | 0);
          }
          (e[0] += n),
            (e[1] += s),
            (e[2] += i),
            (e[3] += a),
            (e[4] += c),
            (e[5] += p),
            (e[6] += l),
            (e[7] += d);
        }
      }),
      (LE = new Int32Array([
        1779033703, 3144134277, 1013904242, 2773480762, 1359893119, 2600822924, 528734635,
        1541459225,
      ])),
      (TP = new Int32Array([
        1116352408, 1899447441, 3049323471, 3921009573, 961987163, 1508970993, 2453635748,
        2870763221, 3624381080, 310598401, 607225278, 1426881987, 1925078388, 2162078206,
        2614888103, 3248222580, 3835390401, 4022224774, 264347078, 604807628, 770255983, 1249150122,
        1555081692, 1996064986, 2554220882, 2821834349, 2952996808, 3210313671, 3336571891,
        3584528711, 113926993, 338241895, 666307205, 773529912, 1294757372, 1396182291, 1695183700,
        1986661051, 2177026350, 2456956037, 2730485921, 2820302411, 3259730800, 3345764771,
        3516065817, 3600352804, 4094571909, 275423344, 430227734, 506948616, 659060556, 883997877,
        958139571, 1322822218, 1537002063, 1747873779, 1955562222, 2024104815, 2227730452,
        2361852424, 2428436474, 2756734187, 3204031479, 3329325298,
      ]));
  });

import { createHmac as IP, createHash as UE } from 'node:crypto';

function AP() {
  return class {
    digestLength = 32;
    secret;
    hash;
    isHmac;
    finished = !1;
    constructor(e) {
      (this.secret = e), (this.isHmac = !!e), (this.hash = this.createHash());
    }
    update(e) {
      if (this.finished) throw new Error('Attempted to update an already finished hash.');
      this.hash.update(e);
    }
    async digest() {
      let e;
      return (
        this.isHmac
          ? ((this.finished = !0), (e = this.hash.digest()))
          : (e = this.hash.copy().digest()),
        new Uint8Array(e.buffer, e.byteOffset, e.byteLength)
      );
    }
    reset() {
      (this.hash = this.createHash()), (this.finished = !1);
    }
    createHash() {
      return this.secret ? IP('sha256', bP(this.secret)) : UE('sha256');
    }
  };
}
function bP(t) {
  return typeof t == 'string'
    ? t
    : ArrayBuffer.isView(t)
      ? Buffer.from(t.buffer, t.byteOffset, t.byteLength)
      : Buffer.from(t);
}
var wP,
  mt,
  $E = u(() => {
    ME();
    (wP = (() => {
      try {
        return (UE('sha256'), !0);
      } catch {
        return !1;
      }
    })()),
      (mt = wP ? AP() : Da);
  });
var jr = u(() => {
  NE();
  $E();
});
function BE(t) {
  for (let e = 0; e < 8; e++) t[e] ^= 255;
  for (let e = 7; e > -1 && (t[e]++, t[e] === 0); e--);
}
var Wr,
  ud = u(() => {
    R();
    Wr = class t {
      bytes;
      constructor(e) {
        if (((this.bytes = e), e.byteLength !== 8))
          throw new Error('Int64 buffers must be exactly 8 bytes');
      }
      static fromNumber(e) {
        if (e > 9223372036854776e3 || e < -9223372036854776e3)
          throw new Error(
            `${e} is too large (or, if negative, too small) to represent as an Int64`,
          );
        const r = new Uint8Array(8);
        for (let o = 7, n = Math.abs(Math.round(e)); o > -1 && n > 0; o--, n /= 256) r[o] = n;
        return (e < 0 && BE(r), new t(r));
      }
      valueOf() {
        const e = this.bytes.slice(0),
          r = e[0] & 128;
        return (r && BE(e), parseInt(oe(e), 16) * (r ? -1 : 1));
      }
      toString() {
        return String(this.valueOf());
      }
    };
  });
var cn,
  FE,
  VE,
  CP,
  RP,
  vP,
  OP,
  DP,
  PP,
  NP,
  kP,
  LP,
  Pa,
  pd = u(() => {
    q();
    R();
    ud();
    cn = class {
      toUtf8;
      fromUtf8;
      constructor(e, r) {
        (this.toUtf8 = e), (this.fromUtf8 = r);
      }
      format(e) {
        const r = [];
        for (const s in e) {
          if (!A(e, s)) continue;
          const i = this.fromUtf8(s);
          if (i.byteLength > 255)
            throw new Error(
              `@smithy/core/event-streams - header name exceeds 255 bytes: ${i.byteLength}`,
            );
          r.push(Uint8Array.from([i.byteLength]), i, this.formatHeaderValue(e[s]));
        }
        let o = new Uint8Array(r.reduce((s, i) => s + i.byteLength, 0)),
          n = 0;
        for (const s of r) o.set(s, n), (n += s.byteLength);
        return o;
      }
      formatHeaderValue(e) {
        switch (e.type) {
          case 'boolean':
            return Uint8Array.from([e.value ? 0 : 1]);
          case 'byte':
            return Uint8Array.from([2, e.value]);
          case 'short': {
            const r = new DataView(new ArrayBuffer(3));
            return (r.setUint8(0, 3), r.setInt16(1, e.value, !1), new Uint8Array(r.buffer));
          }
          case 'integer': {
            const o = new DataView(new ArrayBuffer(5));
            return (o.setUint8(0, 4), o.setInt32(1, e.value, !1), new Uint8Array(o.buffer));
          }
          case 'long': {
            const n = new Uint8Array(9);
            return ((n[0] = 5), n.set(e.value.bytes, 1), n);
          }
          case 'binary': {
            if (e.value.byteLength > Pa)
              throw new Error(
                `@smithy/core/event-streams - header value (binary) exceeds ${Pa} bytes: ${e.value.byteLength}`,
              );
            const s = new DataView(new ArrayBuffer(3 + e.value.byteLength));
            s.setUint8(0, 6), s.setUint16(1, e.value.byteLength, !1);
            const i = new Uint8Array(s.buffer);
            return (i.set(e.value, 3), i);
          }
          case 'string': {
            const a = this.fromUtf8(e.value);
            if (a.byteLength > Pa)
              throw new Error(
                `@smithy/core/event-streams - header value (string) exceeds ${Pa} bytes: ${a.byteLength}`,
              );
            const c = new DataView(new ArrayBuffer(3 + a.byteLength));
            c.setUint8(0, 7), c.setUint16(1, a.byteLength, !1);
            const p = new Uint8Array(c.buffer);
            return (p.set(a, 3), p);
          }
          case 'timestamp': {
            const l = new Uint8Array(9);
            return ((l[0] = 8), l.set(Wr.fromNumber(e.value.valueOf()).bytes, 1), l);
          }
          case 'uuid': {
            if (!LP.test(e.value)) throw new Error(`Invalid UUID received: ${e.value}`);
            const d = new Uint8Array(17);
            return ((d[0] = 9), d.set(Zn(e.value.replace(/-/g, '')), 1), d);
          }
        }
      }
      parse(e) {
        let r = {},
          o = 0;
        for (; o < e.byteLength; ) {
          const n = e.getUint8(o++),
            s = this.toUtf8(new Uint8Array(e.buffer, e.byteOffset + o, n));
          switch (((o += n), e.getUint8(o++))) {
            case 0:
              r[s] = { type: VE, value: !0 };
              break;
            case 1:
              r[s] = { type: VE, value: !1 };
              break;
            case 2:
              r[s] = { type: CP, value: e.getInt8(o++) };
              break;
            case 3:
              (r[s] = { type: RP, value: e.getInt16(o, !1) }), (o += 2);
              break;
            case 4:
              (r[s] = { type: vP, value: e.getInt32(o, !1) }), (o += 4);
              break;
            case 5:
              (r[s] = { type: OP, value: new Wr(new Uint8Array(e.buffer, e.byteOffset + o, 8)) }),
                (o += 8);
              break;
            case 6: {
              const i = e.getUint16(o, !1);
              (o += 2),
                (r[s] = { type: DP, value: new Uint8Array(e.buffer, e.byteOffset + o, i) }),
                (o += i);
              break;
            }
            case 7: {
              const a = e.getUint16(o, !1);
              (o += 2),
                (r[s] = {
                  type: PP,
                  value: this.toUtf8(new Uint8Array(e.buffer, e.byteOffset + o, a)),
                }),
                (o += a);
              break;
            }
            case 8:
              (r[s] = {
                type: NP,
                value: new Date(new Wr(new Uint8Array(e.buffer, e.byteOffset + o, 8)).valueOf()),
              }),
                (o += 8);
              break;
            case 9: {
              const c = new Uint8Array(e.buffer, e.byteOffset + o, 16);
              (o += 16),
                (r[s] = {
                  type: kP,
                  value: `${oe(c.subarray(0, 4))}-${oe(c.subarray(4, 6))}-${oe(c.subarray(6, 8))}-${oe(c.subarray(8, 10))}-${oe(c.subarray(10))}`,
                });
              break;
            }
            default:
              throw new Error('Unrecognized header type tag');
          }
        }
        return r;
      }
    };
    ((t) => {
      (t[(t.boolTrue = 0)] = 'boolTrue'),
        (t[(t.boolFalse = 1)] = 'boolFalse'),
        (t[(t.byte = 2)] = 'byte'),
        (t[(t.short = 3)] = 'short'),
        (t[(t.integer = 4)] = 'integer'),
        (t[(t.long = 5)] = 'long'),
        (t[(t.byteArray = 6)] = 'byteArray'),
        (t[(t.string = 7)] = 'string'),
        (t[(t.timestamp = 8)] = 'timestamp'),
        (t[(t.uuid = 9)] = 'uuid');
    })(FE || (FE = {}));
    (VE = 'boolean'),
      (CP = 'byte'),
      (RP = 'short'),
      (vP = 'integer'),
      (OP = 'long'),
      (DP = 'binary'),
      (PP = 'string'),
      (NP = 'timestamp'),
      (kP = 'uuid'),
      (LP = /^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/),
      (Pa = 32767);
  });
function GE({ byteLength: t, byteOffset: e, buffer: r }) {
  if (t < MP)
    throw new Error('Provided message too short to accommodate event stream message overhead');
  const o = new DataView(r, e, t),
    n = o.getUint32(0, !1);
  if (t !== n) throw new Error('Reported message length does not match received message length');
  const s = o.getUint32(HE, !1),
    i = o.getUint32(qr, !1),
    a = o.getUint32(t - vo, !1),
    c = new an();
  if ((c.update(new Uint8Array(r, e, qr)), i !== c.digestSync()))
    throw new Error(
      `The prelude checksum specified in the message (${i}) does not match the calculated CRC32 checksum (${c.digestSync()})`,
    );
  if ((c.update(new Uint8Array(r, e + qr, t - (qr + vo))), a !== c.digestSync()))
    throw new Error(
      `The message checksum (${c.digestSync()}) did not match the expected value of ${a}`,
    );
  return {
    headers: new DataView(r, e + qr + vo, s),
    body: new Uint8Array(r, e + qr + vo + s, n - s - (qr + vo + vo)),
  };
}
var HE,
  qr,
  vo,
  MP,
  KE = u(() => {
    jr();
    (HE = 4), (qr = HE * 2), (vo = 4), (MP = qr + vo * 2);
  });
var un,
  ld = u(() => {
    jr();
    pd();
    KE();
    un = class {
      headerMarshaller;
      messageBuffer;
      isEndOfStream;
      constructor(e, r) {
        (this.headerMarshaller = new cn(e, r)),
          (this.messageBuffer = []),
          (this.isEndOfStream = !1);
      }
      feed(e) {
        this.messageBuffer.push(this.decode(e));
      }
      endOfStream() {
        this.isEndOfStream = !0;
      }
      getMessage() {
        const e = this.messageBuffer.pop(),
          r = this.isEndOfStream;
        return {
          getMessage() {
            return e;
          },
          isEndOfStream() {
            return r;
          },
        };
      }
      getAvailableMessages() {
        const e = this.messageBuffer;
        this.messageBuffer = [];
        const r = this.isEndOfStream;
        return {
          getMessages() {
            return e;
          },
          isEndOfStream() {
            return r;
          },
        };
      }
      encode({ headers: e, body: r }) {
        const o = this.headerMarshaller.format(e),
          n = o.byteLength + r.byteLength + 16,
          s = new Uint8Array(n),
          i = new DataView(s.buffer, s.byteOffset, s.byteLength),
          a = new an();
        return (
          i.setUint32(0, n, !1),
          i.setUint32(4, o.byteLength, !1),
          a.update(s.subarray(0, 8)),
          i.setUint32(8, a.digestSync(), !1),
          s.set(o, 12),
          s.set(r, o.byteLength + 12),
          a.update(s.subarray(8, n - 4)),
          i.setUint32(n - 4, a.digestSync(), !1),
          s
        );
      }
      decode(e) {
        const { headers: r, body: o } = GE(e);
        return { headers: this.headerMarshaller.parse(r), body: o };
      }
      formatHeaders(e) {
        return this.headerMarshaller.format(e);
      }
    };
  });
var pn,
  dd = u(() => {
    pn = class {
      options;
      constructor(e) {
        this.options = e;
      }
      [Symbol.asyncIterator]() {
        return this.asyncIterator();
      }
      async *asyncIterator() {
        for await (const e of this.options.inputStream) yield this.options.decoder.decode(e);
      }
    };
  });
var ln,
  md = u(() => {
    ln = class {
      options;
      constructor(e) {
        this.options = e;
      }
      [Symbol.asyncIterator]() {
        return this.asyncIterator();
      }
      async *asyncIterator() {
        for await (const e of this.options.messageStream) yield this.options.encoder.encode(e);
        this.options.includeEndFrame && (yield new Uint8Array(0));
      }
    };
  });
var dn,
  fd = u(() => {
    dn = class {
      options;
      constructor(e) {
        this.options = e;
      }
      [Symbol.asyncIterator]() {
        return this.asyncIterator();
      }
      async *asyncIterator() {
        for await (const e of this.options.messageStream) {
          const r = await this.options.deserializer(e);
          r !== void 0 && (yield r);
        }
      }
    };
  });
var mn,
  hd = u(() => {
    mn = class {
      options;
      constructor(e) {
        this.options = e;
      }
      [Symbol.asyncIterator]() {
        return this.asyncIterator();
      }
      async *asyncIterator() {
        for await (const e of this.options.inputStream) yield this.options.serializer(e);
      }
    };
  });
function Na(t) {
  let e = 0,
    r = 0,
    o = null,
    n = null,
    s = (a) => {
      if (typeof a != 'number')
        throw new Error('Attempted to allocate an event message where size was not a number: ' + a);
      (e = a), (r = 4), (o = new Uint8Array(a)), new DataView(o.buffer).setUint32(0, a, !1);
    },
    i = async function* () {
      const a = t[Symbol.asyncIterator]();
      for (;;) {
        const { value: c, done: p } = await a.next();
        if (p) {
          if (e)
            if (e === r) yield o;
            else throw new Error('Truncated event message received.');
          else return;
          return;
        }
        let l = c.length,
          d = 0;
        for (; d < l; ) {
          if (!o) {
            const f = l - d;
            n || (n = new Uint8Array(4));
            const h = Math.min(4 - r, f);
            if ((n.set(c.slice(d, d + h), r), (r += h), (d += h), r < 4)) break;
            s(new DataView(n.buffer).getUint32(0, !1)), (n = null);
          }
          const m = Math.min(e - r, l - d);
          o.set(c.slice(d, d + m), r),
            (r += m),
            (d += m),
            e && e === r && (yield o, (o = null), (e = 0), (r = 0));
        }
      }
    };
  return { [Symbol.asyncIterator]: i };
}
var gd = u(() => {});
function zE(t, e) {
  const r = gs(e.deserializer, e.toUtf8);
  return {
    [Symbol.asyncIterator]: async function* () {
      for await (const o of t) {
        const n = e.eventStreamCodec.decode(o),
          s = await r(n);
        s !== void 0 && (yield s);
      }
    },
  };
}
function gs(t, e) {
  return async (r) => {
    const { value: o } = r.headers[':message-type'];
    if (o === 'error') {
      const n = new Error(r.headers[':error-message'].value || 'UnknownError');
      throw ((n.name = r.headers[':error-code'].value), n);
    } else if (o === 'exception') {
      const n = r.headers[':exception-type'].value,
        s = { [n]: r },
        i = await t(s);
      if (i.$unknown) {
        const a = new Error(e(r.body));
        throw ((a.name = n), a);
      }
      throw i[n];
    } else if (o === 'event') {
      const n = { [r.headers[':event-type'].value]: r },
        s = await t(n);
      return s.$unknown ? void 0 : s;
    } else throw Error(`Unrecognizable event type: ${r.headers[':event-type'].value}`);
  };
}
var Sd = u(() => {});
var Oo,
  jE,
  yd = u(() => {
    ld();
    dd();
    md();
    fd();
    hd();
    gd();
    Sd();
    (Oo = class {
      eventStreamCodec;
      utfEncoder;
      constructor({ utf8Encoder: e, utf8Decoder: r }) {
        (this.eventStreamCodec = new un(e, r)), (this.utfEncoder = e);
      }
      deserialize(e, r) {
        const o = Na(e);
        return new dn({
          messageStream: new pn({ inputStream: o, decoder: this.eventStreamCodec }),
          deserializer: gs(r, this.utfEncoder),
        });
      }
      serialize(e, r) {
        return new ln({
          messageStream: new mn({ inputStream: e, serializer: r }),
          encoder: this.eventStreamCodec,
          includeEndFrame: !0,
        });
      }
    }),
      (jE = (t) => new Oo(t));
  });

import { Readable as UP } from 'node:stream';

async function* $P(t) {
  let e = !1,
    r = !1,
    o = [];
  for (
    t.on('error', (n) => {
      if ((e || (e = !0), n)) throw n;
    }),
      t.on('data', (n) => {
        o.push(n);
      }),
      t.on('end', () => {
        e = !0;
      });
    !r;
  ) {
    const n = await new Promise((s) => setTimeout(() => s(o.shift()), 0));
    n && (yield n), (r = e && o.length === 0);
  }
}
var Ss,
  WE,
  qE = u(() => {
    yd();
    (Ss = class {
      universalMarshaller;
      constructor({ utf8Encoder: e, utf8Decoder: r }) {
        this.universalMarshaller = new Oo({ utf8Decoder: r, utf8Encoder: e });
      }
      deserialize(e, r) {
        const o = typeof e[Symbol.asyncIterator] == 'function' ? e : $P(e);
        return this.universalMarshaller.deserialize(o, r);
      }
      serialize(e, r) {
        return UP.from(this.universalMarshaller.serialize(e, r));
      }
    }),
      (WE = (t) => new Ss(t));
  });
var YE,
  XE,
  JE = u(() => {
    (YE = (t) => ({
      [Symbol.asyncIterator]: async function* () {
        const e = t.getReader();
        try {
          for (;;) {
            const { done: r, value: o } = await e.read();
            if (r) return;
            yield o;
          }
        } finally {
          e.releaseLock();
        }
      },
    })),
      (XE = (t) => {
        const e = t[Symbol.asyncIterator]();
        return new ReadableStream({
          async pull(r) {
            const { done: o, value: n } = await e.next();
            if (o) return r.close();
            r.enqueue(n);
          },
        });
      });
  });
var QE,
  ZE = u(() => {
    QE = (t) => Object.assign(t, { eventStreamMarshaller: t.eventStreamSerdeProvider(t) });
  });
var ka,
  ex = u(() => {
    q();
    X();
    R();
    ka = class {
      marshaller;
      serializer;
      deserializer;
      serdeContext;
      defaultContentType;
      compositeErrorRegistry;
      constructor({
        marshaller: e,
        serializer: r,
        deserializer: o,
        serdeContext: n,
        defaultContentType: s,
        compositeErrorRegistry: i,
      }) {
        (this.marshaller = e),
          (this.serializer = r),
          (this.deserializer = o),
          (this.serdeContext = n),
          (this.defaultContentType = s),
          (this.compositeErrorRegistry = i);
      }
      async serializeEventStream({
        eventStream: e,
        requestSchema: r,
        initialRequest: o,
        initialMessageType: n,
      }) {
        const s = this.marshaller,
          i = r.getEventStreamMember(),
          a = r.getMemberSchema(i),
          c = this.serializer,
          p = this.defaultContentType,
          l = Symbol('initialRequestMarker'),
          d = {
            async *[Symbol.asyncIterator]() {
              if (o) {
                const m = {
                  ':event-type': { type: 'string', value: n ?? 'initial-request' },
                  ':message-type': { type: 'string', value: 'event' },
                  ':content-type': { type: 'string', value: p },
                };
                c.write(r, o);
                const f = c.flush();
                yield { [l]: !0, headers: m, body: f };
              }
              for await (const m of e) yield m;
            },
          };
        return s.serialize(d, (m) => {
          if (m[l]) return { headers: m.headers, body: m.body };
          let f = '';
          for (const T in m)
            if (A(m, T) && T !== '__type') {
              f = T;
              break;
            }
          const {
            additionalHeaders: h,
            body: S,
            eventType: g,
            explicitPayloadContentType: y,
          } = this.writeEventBody(f, a, m);
          return {
            headers: {
              ':event-type': { type: 'string', value: g },
              ':message-type': { type: 'string', value: 'event' },
              ':content-type': { type: 'string', value: y ?? p },
              ...h,
            },
            body: S,
          };
        });
      }
      async deserializeEventStream({
        response: e,
        responseSchema: r,
        initialResponseContainer: o,
        initialMessageType: n,
      }) {
        const s = this.marshaller,
          i = r.getEventStreamMember(),
          c = r.getMemberSchema(i).getMemberSchemas(),
          p = Symbol('initialResponseMarker'),
          l = s.deserialize(e.body, async (f) => {
            let h = '';
            for (const g in f)
              if (A(f, g) && g !== '__type') {
                h = g;
                break;
              }
            const S = f[h].body;
            if (h === (n ?? 'initial-response')) {
              const g = await this.deserializer.read(r, S);
              return (delete g[i], { [p]: !0, ...g });
            } else if (h in c) {
              const g = c[h];
              if (g.isStructSchema()) {
                let y = {},
                  E = !1;
                for (const [T, w] of g.structIterator()) {
                  const { eventHeader: v, eventPayload: W } = w.getMergedTraits();
                  if (((E = E || !!(v || W)), W))
                    w.isBlobSchema()
                      ? (y[T] = S)
                      : w.isStringSchema()
                        ? (y[T] = (this.serdeContext?.utf8Encoder ?? Z)(S))
                        : w.isStructSchema() && (y[T] = await this.deserializer.read(w, S));
                  else if (v) {
                    const J = f[h].headers[T]?.value;
                    J != null &&
                      (w.isNumericSchema()
                        ? J && typeof J == 'object' && 'bytes' in J
                          ? (y[T] = BigInt(J.toString()))
                          : (y[T] = Number(J))
                        : (y[T] = J));
                  }
                }
                return { [h]: await this.readEventMember(g, S, E, y) };
              }
              return { [h]: await this.deserializer.read(g, S) };
            } else return { $unknown: f };
          }),
          d = l[Symbol.asyncIterator](),
          m = await d.next();
        if (m.done) return l;
        if (m.value?.[p]) {
          if (!r)
            throw new Error(
              '@smithy::core/protocols - initial-response event encountered in event stream but no response schema given.',
            );
          for (const f in m.value) A(m.value, f) && (o[f] = m.value[f]);
        }
        return {
          async *[Symbol.asyncIterator]() {
            for (m?.value?.[p] || (yield m.value); ; ) {
              const { done: f, value: h } = await d.next();
              if (f) break;
              yield h;
            }
          },
        };
      }
      async readEventMember(e, r, o, n) {
        let s,
          i = e.getSchema();
        if (Array.isArray(i) && i[0] === -3) {
          const c = i[1],
            p = Q.for(c);
          this.compositeErrorRegistry?.copyFrom(p),
            (s = (this.compositeErrorRegistry ?? p)?.getErrorCtor(i));
        }
        const a = o ? n : r.byteLength === 0 ? {} : await this.deserializer.read(e, r);
        if (s) {
          const c = a.message ?? a.Message ?? 'Unknown',
            p = {},
            l = e.getMergedTraits().error;
          return (l && (p.$fault = l), Object.assign(new s({}), p, { message: c }, a));
        }
        return a;
      }
      writeEventBody(e, r, o) {
        let n = this.serializer,
          s = e,
          i = null,
          a,
          c = r.getSchema()[4].includes(e),
          p = {};
        if (c) {
          const m = r.getMemberSchema(e);
          if (m.isStructSchema()) {
            for (const [f, h] of m.structIterator()) {
              const { eventHeader: S, eventPayload: g } = h.getMergedTraits();
              if (g) i = f;
              else if (S) {
                let y = o[e][f],
                  E = 'binary';
                h.isNumericSchema()
                  ? (-2) ** 31 <= y && y <= 2 ** 31 - 1
                    ? (E = 'integer')
                    : (E = 'long')
                  : h.isTimestampSchema()
                    ? (E = 'timestamp')
                    : h.isStringSchema()
                      ? (E = 'string')
                      : h.isBooleanSchema() && (E = 'boolean'),
                  y != null && ((p[f] = { type: E, value: y }), delete o[e][f]);
              }
            }
            if (i !== null) {
              const f = m.getMemberSchema(i);
              f.isBlobSchema()
                ? (a = 'application/octet-stream')
                : f.isStringSchema() && (a = 'text/plain'),
                n.write(f, o[e][i]);
            } else n.write(m, o[e]);
          } else if (m.isUnitSchema()) n.write(m, {});
          else
            throw new Error(
              '@smithy/core/event-streams - non-struct member not supported in event stream union.',
            );
        } else {
          const [m, f] = o[e];
          (s = m), n.write(15, f);
        }
        const l = n.flush() ?? new Uint8Array();
        return {
          body: typeof l == 'string' ? (this.serdeContext?.utf8Decoder ?? re)(l) : l,
          eventType: s,
          explicitPayloadContentType: a,
          additionalHeaders: p,
        };
      }
    };
  });
var tx = {};
Ze(tx, {
  EventStreamCodec: () => un,
  EventStreamMarshaller: () => Ss,
  EventStreamSerde: () => ka,
  HeaderMarshaller: () => cn,
  Int64: () => Wr,
  MessageDecoderStream: () => pn,
  MessageEncoderStream: () => ln,
  SmithyMessageDecoderStream: () => dn,
  SmithyMessageEncoderStream: () => mn,
  UniversalEventStreamMarshaller: () => Oo,
  eventStreamSerdeProvider: () => WE,
  getChunkedStream: () => Na,
  getMessageUnmarshaller: () => gs,
  getUnmarshalledStream: () => zE,
  iterableToReadableStream: () => XE,
  readableStreamToIterable: () => YE,
  resolveEventStreamSerdeConfig: () => QE,
  universalEventStreamSerdeProvider: () => jE,
});
var rx = u(() => {
  ld();
  pd();
  ud();
  dd();
  md();
  fd();
  hd();
  qE();
  JE();
  yd();
  gd();
  Sd();
  ZE();
  ex();
});
var fn,
  Ed = u(() => {
    q();
    X();
    hs();
    Ro();
    fn = class extends Sr {
      options;
      compositeErrorRegistry;
      constructor(e) {
        super(), (this.options = e), (this.compositeErrorRegistry = new Q(e.defaultNamespace));
        for (const r of e.errorTypeRegistries ?? []) this.compositeErrorRegistry.copyFrom(r);
      }
      getRequestType() {
        return F;
      }
      getResponseType() {
        return ke;
      }
      setSerdeContext(e) {
        (this.serdeContext = e),
          this.serializer.setSerdeContext(e),
          this.deserializer.setSerdeContext(e),
          this.getPayloadCodec() && this.getPayloadCodec().setSerdeContext(e);
      }
      updateServiceEndpoint(e, r) {
        if ('url' in r) {
          (e.protocol = r.url.protocol),
            (e.hostname = r.url.hostname),
            (e.port = r.url.port ? Number(r.url.port) : void 0),
            (e.path = r.url.pathname),
            (e.fragment = r.url.hash || void 0),
            (e.username = r.url.username || void 0),
            (e.password = r.url.password || void 0),
            e.query || (e.query = {});
          for (const [o, n] of r.url.searchParams.entries()) e.query[o] = n;
          if (r.headers)
            for (const o in r.headers) A(r.headers, o) && (e.headers[o] = r.headers[o].join(', '));
          return e;
        } else {
          if (
            ((e.protocol = r.protocol),
            (e.hostname = r.hostname),
            (e.port = r.port ? Number(r.port) : void 0),
            (e.path = r.path),
            (e.query = { ...r.query }),
            r.headers)
          )
            for (const o in r.headers) A(r.headers, o) && (e.headers[o] = r.headers[o]);
          return e;
        }
      }
      setHostPrefix(e, r, o, n = va(r)) {
        if (this.serdeContext?.disableHostPrefix) return;
        const s = n[4];
        if (typeof s != 'string') return;
        let i = s;
        for (const [a, [, c]] of xe.of(r.input).getHttpBindings().request.memberBindings) {
          if (!((c >> 17) & 1)) continue;
          const p = o[a];
          if (typeof p != 'string')
            throw new Error(`@smithy/core/schema - ${a} in input must be a string as hostLabel.`);
          i = i.replace(`{${a}}`, p);
        }
        if (((e.hostname = i + e.hostname), !Mp(e.hostname)))
          throw new Error(`[${e.hostname}] is not a valid hostname.`);
      }
      deserializeMetadata(e) {
        return {
          httpStatusCode: e.statusCode,
          requestId:
            e.headers['x-amzn-requestid'] ??
            e.headers['x-amzn-request-id'] ??
            e.headers['x-amz-request-id'],
          extendedRequestId: e.headers['x-amz-id-2'],
          cfId: e.headers['x-amz-cf-id'],
        };
      }
      resolveError(e, r, o) {
        let n = [-3, '', 'Error', 0, [], [], 0],
          s;
        for (const i of o)
          for (const a of r)
            try {
              a === '*' ? (s = i.getSchema(e)) : (s = i.getSchema(a + '#' + e));
              const c = i.getErrorCtor(s);
              if (c) return [s, c, 'modeled'];
              {
                const p = i.getBaseException();
                if (p) {
                  const l = i.getErrorCtor(p);
                  if (l) return [s, l, 'synthetic'];
                }
              }
            } catch {}
        for (const i of o) {
          const a = i.getBaseException();
          if (a) {
            const c = i.getErrorCtor(a);
            if (c) return [a, c, 'synthetic'];
          }
        }
        return [n, Error, 'native'];
      }
      async serializeEventStream({ eventStream: e, requestSchema: r, initialRequest: o }) {
        return (await this.loadEventStreamCapability()).serializeEventStream({
          eventStream: e,
          requestSchema: r,
          initialRequest: o,
        });
      }
      async deserializeEventStream({
        response: e,
        responseSchema: r,
        initialResponseContainer: o,
      }) {
        return (await this.loadEventStreamCapability()).deserializeEventStream({
          response: e,
          responseSchema: r,
          initialResponseContainer: o,
        });
      }
      async loadEventStreamCapability() {
        const { EventStreamSerde: e, eventStreamSerdeProvider: r } = await Promise.resolve().then(
            () => (rx(), tx),
          ),
          o = this.resolveEventStreamMarshaller(r);
        return new e({
          marshaller: o,
          serializer: this.serializer,
          deserializer: this.deserializer,
          serdeContext: this.serdeContext,
          defaultContentType: this.getDefaultContentType(),
          compositeErrorRegistry: this.compositeErrorRegistry,
        });
      }
      getDefaultContentType() {
        throw new Error(
          `@smithy/core/protocols - ${this.constructor.name} getDefaultContentType() implementation missing.`,
        );
      }
      async deserializeHttpMessage(e, r, o, n, s) {
        return [];
      }
      getEventStreamMarshaller() {
        const e = this.serdeContext;
        if (!e.eventStreamMarshaller)
          throw new Error(
            '@smithy/core - HttpProtocol: eventStreamMarshaller missing in serdeContext.',
          );
        return e.eventStreamMarshaller;
      }
      resolveEventStreamMarshaller(e) {
        const r = this.serdeContext;
        return r.eventStreamMarshaller ? r.eventStreamMarshaller : e(this.serdeContext);
      }
    };
  });
var ys,
  ox = u(() => {
    q();
    R();
    Ro();
    Ed();
    sn();
    id();
    ys = class extends fn {
      async serializeRequest(e, r, o) {
        const n = r && typeof r == 'object' ? r : {},
          s = {},
          i = {},
          a = await o.endpoint(),
          c = xe.of(e?.input),
          p = c.getHttpBindings().request,
          l = va(e),
          d = new F({ query: s, headers: i });
        if (a) {
          this.updateServiceEndpoint(d, a), this.setHostPrefix(d, e, n, l);
          const [f, h, S] = l;
          if (f) {
            (d.method = f), (d.path = d.path === '/' ? h : d.path + h);
            for (const [g, y] of S) s[g] = y;
          }
        }
        d.query = s;
        const m = this.serializeHttpBindings(n, d, p, l);
        return (
          m && (d.body = await this.serializeEventStream({ eventStream: m, requestSchema: c })), d
        );
      }
      serializeHttpBindings(e, r, o, n) {
        let s = this.serializer,
          i = typeof s.writeCodec == 'function' ? s : void 0,
          a = r.query,
          c = r.headers,
          p = o.syntheticBodySchema,
          l = !1,
          d,
          m,
          f,
          h = Object.getOwnPropertyNames(e),
          S = Object.getPrototypeOf(e),
          g =
            (S === Object.prototype || S === null) &&
            !o.hasIdempotency &&
            !o.hasPrefixHeaders &&
            h.length * 2 < o.memberBindings.length,
          y = g ? h.length : o.memberBindings.length;
        for (let w = 0; w < y; ++w) {
          const v = g ? (A(o.byName, h[w]) ? o.byName[h[w]] : void 0) : o.memberBindings[w];
          if (!v) continue;
          const W = v[1],
            J = v[0],
            dt = W[0],
            pr = W[1],
            ie = W[2],
            ye = v[2],
            ze = v[3],
            Ne = e[J];
          if (!(Ne == null && !((pr >> 10) & 1)))
            if (ye === 36) {
              const G = (pr >> 11) & 3;
              G
                ? G === 2
                  ? (m = Ne || void 0)
                  : (d = Ne)
                : (i ? i.writeCodec(dt, Ne) : s.write(dt, Ne), (d = s.flush()));
            } else if (ye === 33 || ye === 38) {
              const G = this.serializeHttpValue(W, Ne, ye, i);
              ye === 33 ? ((f ??= Object.create(null))[J] = G) : (c[ze] = G);
            } else if (ye === 39)
              for (const G in Ne) {
                if (!A(Ne, G)) continue;
                const wt = ze + G;
                c[wt.toLowerCase()] = this.serializeHttpValue(
                  ie,
                  Ne[G],
                  38,
                  i,
                  i ? ie[0] : [ie[0], { httpHeader: wt }],
                );
              }
            else (ye & 62) === 34 ? this.serializeQuery(W, Ne, ze, a, i) : (l = !0);
        }
        const E = n[1],
          T = n[3];
        return (
          E &&
            T &&
            r.path.endsWith(E) &&
            (r.path = r.path.slice(0, -E.length) + this.serializePath(T, f, o)),
          l && p && (i ? i.writeCodec(p, e) : s.write(p, e), (d = s.flush())),
          (r.body = d),
          m
        );
      }
      serializeQuery(e, r, o, n, s) {
        const [i, a, c] = e,
          p = s ? void 0 : i.getMergedTraits();
        if (o === void 0) {
          for (const l in r)
            !A(r, l) ||
              l in n ||
              (s ||
                Object.assign(c[0].getMergedTraits(), {
                  ...p,
                  httpQuery: l,
                  httpQueryParams: void 0,
                }),
              this.serializeQuery(c, r[l], l, n, s));
          return;
        }
        if ((a & 192) === 64) {
          const l = [];
          for (const d of r) {
            const m = this.serializeHttpValue(c, d, 34, s, s ? c[0] : [c[0], p]);
            ((a >> 13) & 1 || m !== void 0) && l.push(m);
          }
          n[o] = l;
        } else n[o] = this.serializeHttpValue(e, r, 34, s, s ? i : [i, p]);
      }
      serializeHttpValue(e, r, o, n, s = e[0]) {
        const i = e[1],
          a = i & 255;
        return n && !(i & 1792) && (a <= 2 || a === 17 || a === 19)
          ? String(r)
          : (n ? n.writeHttpBinding(e, r, o) : this.serializer.write(s, r),
            this.serializer.flush());
      }
      serializePath(e, r, o) {
        let n = '';
        for (const [s, i] of e) {
          if (i === 0) {
            n += s;
            continue;
          }
          const a = r?.[s];
          if (a === void 0) {
            if (A(o.byName, s) && o.byName[s][2] === 33)
              throw new Error(`No value provided for input HTTP label: ${s}.`);
            n += `{${s}${i === 2 ? '+' : ''}}`;
          } else n += i === 2 ? a.split('/').map(Co).join('/') : Co(a);
        }
        return n;
      }
      async deserializeResponse(e, r, o) {
        const n = this.deserializer,
          s = typeof n.readCodec == 'function' ? n : void 0,
          i = xe.of(e.output),
          a = i.getHttpBindings().response,
          c = {};
        if (o.statusCode >= 300) {
          const l = await Re(o.body, r);
          throw (
            l.byteLength > 0 && Object.assign(c, await n.read(15, l)),
            await this.handleError(e, r, o, c, this.deserializeMetadata(o)),
            new Error('@smithy/core/protocols - HTTP Protocol error handler failed to throw.')
          );
        }
        const p = await this.deserializeHttpMessage(i, r, o, c);
        if (p.length) {
          const l = await Re(o.body, r);
          if (l.byteLength > 0) {
            const d = await (s
              ? s.readCodec(a.syntheticBodySchema, l)
              : n.read(a.syntheticBodySchema, l));
            for (const m of p) d[m] != null && (c[m] = d[m]);
          }
        } else a.bindings.payload || (await Re(o.body, r));
        return ((c.$metadata = this.deserializeMetadata(o)), c);
      }
      async deserializeHttpMessage(e, r, o, n, s) {
        const i = n instanceof Set ? s : n,
          a = this.deserializer,
          c = typeof a.readCodec == 'function' ? a : void 0,
          p = xe.of(e),
          {
            bodyMemberNames: l,
            bindings: { payload: d, statusCode: m, headers: f, prefixHeaders: h },
          } = p.getHttpBindings().response,
          S = o.headers;
        if (d) {
          const [g, y] = d,
            [E, T] = y,
            w = (T >> 11) & 3;
          if (w)
            w === 2
              ? (i[g] = await this.deserializeEventStream({ response: o, responseSchema: p }))
              : (i[g] = fs(o.body));
          else if (o.body) {
            const v = await Re(o.body, r);
            v.byteLength > 0 && (i[g] = await (c ? c.readPayload(y, v) : a.read(E, v)));
          }
        }
        for (const g in S) {
          if (!A(S, g)) continue;
          const y = g.toLowerCase(),
            E = S[g];
          y !== g && (delete S[g], (S[y] = E));
          const T = A(f, y) ? f[y] : void 0;
          if (!T) continue;
          const [w, [v, W, J], , dt] = T;
          if (J) {
            const pr = (W >> 16) & 1 ? ul(E, ',', 2) : Qn(E),
              ie = [];
            for (const ye of pr)
              ie.push(
                c
                  ? c.readHttpBinding(J, ye.trim(), 38)
                  : await a.read([J[0], { httpHeader: dt }], ye.trim()),
              );
            i[w] = ie;
          } else i[w] = c ? c.readHttpBinding(T[1], E, 38) : await a.read(v, E);
        }
        for (const [g, [, , y], , E] of h) {
          i[g] = {};
          for (const T in S) {
            if (!A(S, T) || !T.startsWith(E)) continue;
            const w = S[T];
            i[g][T.slice(E.length)] = c
              ? c.readHttpBinding(y, w, 38)
              : await a.read([y[0], { httpHeader: T }], w);
          }
        }
        return (m && (i[m[0]] = o.statusCode), l);
      }
    };
  });
var Do,
  nx = u(() => {
    q();
    X();
    q();
    Ed();
    sn();
    Do = class extends fn {
      async serializeRequest(e, r, o) {
        let n = this.serializer,
          s = {},
          i = {},
          a = await o.endpoint(),
          c = O.of(e?.input),
          p = c.getSchema(),
          l,
          d = r && typeof r == 'object' ? r : {},
          m = new F({
            protocol: '',
            hostname: '',
            port: void 0,
            path: '/',
            fragment: void 0,
            query: s,
            headers: i,
            body: void 0,
          });
        if ((a && (this.updateServiceEndpoint(m, a), this.setHostPrefix(m, e, d)), d)) {
          const f = c.getEventStreamMember();
          if (f) {
            if (d[f]) {
              const h = {};
              for (const [S] of c.structIterator()) S !== f && d[S] != null && (h[S] = d[S]);
              l = await this.serializeEventStream({
                eventStream: d[f],
                requestSchema: c,
                initialRequest: h,
              });
            }
          } else n.write(p, d), (l = n.flush());
        }
        return (
          (m.headers = Object.assign(m.headers, i)),
          (m.query = s),
          (m.body = l),
          (m.method = 'POST'),
          m
        );
      }
      async deserializeResponse(e, r, o) {
        const n = this.deserializer,
          s = O.of(e.output),
          i = {};
        if (this.isErrorResponse(o.statusCode)) {
          const c = await Re(o.body, r);
          throw (
            c.byteLength > 0 && Object.assign(i, await n.read(15, c)),
            await this.handleError(e, r, o, i, this.deserializeMetadata(o)),
            new Error('@smithy/core/protocols - RPC Protocol error handler failed to throw.')
          );
        }
        for (const c in o.headers) {
          if (!A(o.headers, c)) continue;
          const p = o.headers[c];
          delete o.headers[c], (o.headers[c.toLowerCase()] = p);
        }
        const a = s.getEventStreamMember();
        if (a)
          i[a] = await this.deserializeEventStream({
            response: o,
            responseSchema: s,
            initialResponseContainer: i,
          });
        else {
          const c = await Re(o.body, r);
          c.byteLength > 0 && Object.assign(i, await n.read(s, c));
        }
        return ((i.$metadata = this.deserializeMetadata(o)), i);
      }
      isErrorResponse(e) {
        return e >= 300;
      }
    };
  });
var Po,
  xd = u(() => {
    R();
    Ro();
    hs();
    Po = class extends Sr {
      settings;
      constructor(e) {
        super(), (this.settings = e);
      }
      read(e, r) {
        const o = xe.of(e),
          n = o.getMergedTraits(),
          s = o.getHttpBindingLocation(n);
        return this.readHttpBinding(o.getHttpBindingValue(s, n), r, s);
      }
      readHttpBinding([e, r, o], n, s) {
        const i = r & 255;
        if ((i & 192) === 64)
          return (
            (o ??= e.getHttpBindingCollectionValue(s)),
            Qn(n).map((a) => this.readHttpBinding(o, a, s))
          );
        switch (i) {
          case 21:
          case 42:
            return (this.serdeContext?.base64Decoder ?? de)(n);
          case 4:
          case 5:
          case 6:
          case 7: {
            const a = this.settings.httpBindings ? (r >> 14) & 3 : 0;
            switch (
              this.settings.timestampFormat.useTrait && i > 4
                ? i
                : a
                  ? a + 4
                  : this.settings.timestampFormat.default
            ) {
              case 5:
                return al(n);
              case 6:
                return cl(n);
              case 7:
                return il(n);
              default:
                return (
                  console.warn('Missing timestamp format, parsing value with Date constructor:', n),
                  new Date(n)
                );
            }
          }
          case 0: {
            const a = (r >> 8) & 3;
            if (!a) return n;
            let c = n;
            return (
              (s & 6) === 6 &&
                (c = (this.serdeContext?.utf8Encoder ?? Z)(
                  (this.serdeContext?.base64Decoder ?? de)(c),
                )),
              a === 2 ? Le.from(c) : c
            );
          }
          case 1:
            return Number(n);
          case 2:
            return n.toLowerCase() === 'true';
          case 17:
            return BigInt(n);
          case 19:
            return new me(n, 'bigDecimal');
          default:
            return n;
        }
      }
    };
  });
var Es,
  sx = u(() => {
    R();
    Ro();
    hs();
    xd();
    Es = class extends Sr {
      codecDeserializer;
      stringDeserializer;
      constructor(e, r) {
        super(), (this.codecDeserializer = e), (this.stringDeserializer = new Po(r));
      }
      setSerdeContext(e) {
        this.stringDeserializer.setSerdeContext(e),
          this.codecDeserializer.setSerdeContext(e),
          (this.serdeContext = e);
      }
      read(e, r) {
        const o = xe.of(e),
          n = o.getMergedTraits();
        if (n.httpHeader || n.httpResponseCode) {
          const s = o.getHttpBindingValue(38, n);
          return this.readHttpBinding(s, r, 38);
        }
        return n.httpPayload
          ? this.readPayload(o.getHttpBindingValue(36, n), r)
          : this.readCodec(o, r);
      }
      readHttpBinding(e, r, o) {
        const n = typeof r == 'string' ? r : (this.serdeContext?.utf8Encoder ?? Z)(r);
        return this.stringDeserializer.readHttpBinding(e, n, o);
      }
      readPayload([e, r], o) {
        const n = r & 255;
        return n === 21 || n === 42
          ? typeof o == 'string'
            ? (this.serdeContext?.utf8Decoder ?? re)(o)
            : o
          : n === 0
            ? typeof o == 'string'
              ? o
              : (this.serdeContext?.utf8Encoder ?? Z)(o)
            : this.readCodec(e, o);
      }
      readCodec(e, r) {
        return this.codecDeserializer.read(e, r);
      }
    };
  });
var La,
  ix = u(() => {
    R();
    Ro();
    hs();
    La = class extends Sr {
      settings;
      stringBuffer = '';
      constructor(e) {
        super(), (this.settings = e);
      }
      write(e, r) {
        const o = xe.of(e),
          n = o.getMergedTraits(),
          s = o.getHttpBindingLocation(n);
        this.writeHttpBinding(o.getHttpBindingValue(s, n), r, s);
      }
      writeHttpBinding([e, r, o], n, s) {
        const i = r & 255;
        switch (typeof n) {
          case 'object':
            if (n === null) {
              this.stringBuffer = 'null';
              return;
            }
            if (i >= 4 && i <= 7) {
              if (!(n instanceof Date))
                throw new Error(
                  `@smithy/core/protocols - received non-Date value ${n} when schema expected Date in ${e.getName(!0)}`,
                );
              const p = this.settings.httpBindings ? (r >> 14) & 3 : 0;
              switch (
                this.settings.timestampFormat.useTrait && i > 4
                  ? i
                  : p
                    ? p + 4
                    : this.settings.timestampFormat.default
              ) {
                case 5:
                  this.stringBuffer = n.toISOString().replace('.000Z', 'Z');
                  break;
                case 6:
                  this.stringBuffer = Io(n);
                  break;
                case 7:
                  this.stringBuffer = String(n.getTime() / 1e3);
                  break;
                default:
                  console.warn('Missing timestamp format, using epoch seconds', n),
                    (this.stringBuffer = String(n.getTime() / 1e3));
              }
              return;
            }
            if ((i === 21 || i === 42) && 'byteLength' in n) {
              this.stringBuffer = (this.serdeContext?.base64Encoder ?? ue)(n);
              return;
            }
            if ((i & 192) === 64 && Array.isArray(n)) {
              o ??= e.getHttpBindingCollectionValue(s);
              let p = o[1] & 255,
                l = p >= 4 && p <= 7,
                d = '';
              for (const m of n) {
                this.writeHttpBinding(o, m, s);
                const f = this.flush();
                d && (d += ', '), (d += l ? f : rl(f));
              }
              this.stringBuffer = d;
              return;
            }
            this.stringBuffer = JSON.stringify(n, null, 2);
            break;
          case 'string': {
            let a = (r >> 8) & 3,
              c = n;
            if ((a === 2 && (c = Le.from(c)), a && (s & 6) === 6)) {
              this.stringBuffer = (this.serdeContext?.base64Encoder ?? ue)(c.toString());
              return;
            }
            this.stringBuffer = n;
            break;
          }
          default:
            this.stringBuffer = (r >> 10) & 1 ? nn() : String(n);
        }
      }
      flush() {
        const e = this.stringBuffer;
        return ((this.stringBuffer = ''), e);
      }
    };
  });
var xs,
  ax = u(() => {
    Ro();
    ix();
    xs = class {
      codecSerializer;
      stringSerializer;
      buffer;
      constructor(e, r, o = new La(r)) {
        (this.codecSerializer = e), (this.stringSerializer = o);
      }
      setSerdeContext(e) {
        this.codecSerializer.setSerdeContext(e), this.stringSerializer.setSerdeContext(e);
      }
      write(e, r) {
        const o = xe.of(e),
          n = o.getMergedTraits();
        if (n.httpHeader || n.httpLabel || n.httpQuery) {
          const s = o.getHttpBindingLocation(n);
          this.writeHttpBinding(o.getHttpBindingValue(s, n), r, s);
          return;
        }
        this.writeCodec(o, r);
      }
      writeHttpBinding(e, r, o) {
        this.stringSerializer.writeHttpBinding(e, r, o),
          (this.buffer = this.stringSerializer.flush());
      }
      writeCodec(e, r) {
        this.codecSerializer.write(e, r);
      }
      flush() {
        if (this.buffer !== void 0) {
          const e = this.buffer;
          return ((this.buffer = void 0), e);
        }
        return this.codecSerializer.flush();
      }
    };
  });
function No(t, e) {
  if (e.timestampFormat.useTrait) {
    const a = t.getSchema();
    if (a === 5 || a === 6 || a === 7) return a;
  }
  const { httpLabel: r, httpPrefixHeaders: o, httpHeader: n, httpQuery: s } = t.getMergedTraits();
  return (
    (e.httpBindings ? (typeof o == 'string' || n ? 6 : s || r ? 5 : void 0) : void 0) ??
    e.timestampFormat.default
  );
}
var Ma = u(() => {});
var Ht,
  Gt,
  cx = u(() => {
    (Ht = (t) => (
      t.logger &&
        t.logger.constructor?.name !== 'NoOpLogger' &&
        t.requestHandler?.updateHttpClientConfig?.(Symbol.for('logger'), t.logger),
      t.defaultSocketTimeout &&
        t.requestHandler?.updateHttpClientConfig?.(
          Symbol.for('@smithy/defaultSocketTimeout'),
          t.defaultSocketTimeout,
        ),
      {
        setHttpHandler(e) {
          t.requestHandler = e;
        },
        httpHandler() {
          return t.requestHandler;
        },
        updateHttpClientConfig(e, r) {
          t.requestHandler?.updateHttpClientConfig(e, r);
        },
        httpHandlerConfigs() {
          return t.requestHandler.httpHandlerConfigs();
        },
      }
    )),
      (Gt = (t) => ({ requestHandler: t.httpHandler() }));
  });
function px(t) {
  return (e) => async (r) => {
    const o = r.request;
    if (F.isInstance(o)) {
      const { body: n, headers: s } = o;
      if (
        n &&
        Object.keys(s)
          .map((i) => i.toLowerCase())
          .indexOf(ux) === -1
      )
        try {
          const i = t(n);
          i != null && (o.headers = { ...o.headers, [ux]: String(i) });
        } catch {}
    }
    return e({ ...r, request: o });
  };
}
var ux,
  lx,
  Kt,
  dx = u(() => {
    q();
    ux = 'content-length';
    (lx = {
      step: 'build',
      tags: ['SET_CONTENT_LENGTH', 'CONTENT_LENGTH'],
      name: 'contentLengthMiddleware',
      override: !0,
    }),
      (Kt = (t) => ({
        applyToStack: (e) => {
          e.add(px(t.bodyLengthChecker), lx);
        },
      }));
  });
var zt,
  BP,
  _d = u(() => {
    (zt = (t) => encodeURIComponent(t).replace(/[!'()*]/g, BP)),
      (BP = (t) => `%${t.charCodeAt(0).toString(16).toUpperCase()}`);
  });
function Td(t) {
  const e = [];
  for (let r of Object.keys(t).sort()) {
    const o = t[r];
    if (((r = zt(r)), Array.isArray(o)))
      for (let n = 0, s = o.length; n < s; n++) e.push(`${r}=${zt(o[n])}`);
    else {
      let n = r;
      (o || typeof o == 'string') && (n += `=${zt(o)}`), e.push(n);
    }
  }
  return e.join('&');
}
var mx = u(() => {
  _d();
});
var Yr,
  Ua = u(() => {
    Yr = class {
      serdeContext;
      setSerdeContext(e) {
        this.serdeContext = e;
      }
    };
  });
var $a,
  fx = u(() => {
    $a = class {
      from;
      to;
      keys;
      constructor(e, r) {
        (this.from = e), (this.to = r);
        const o = Object.keys(this.from),
          n = new Set(o);
        n.delete('__type'), (this.keys = n);
      }
      mark(e) {
        this.keys.delete(e);
      }
      hasUnknown() {
        return this.keys.size === 1 && Object.keys(this.to).length === 0;
      }
      writeUnknown() {
        if (this.hasUnknown()) {
          const e = this.keys.values().next().value,
            r = this.from[e];
          this.to.$unknown = [e, r];
        }
      }
    };
  });
function Ba() {
  if (_s === void 0)
    try {
      if (typeof Buffer != 'function') _s = !1;
      else {
        const t = JSON.parse(Buffer.from([123, 125]));
        _s = t !== null && typeof t == 'object';
      }
    } catch {
      _s = !1;
    }
  return _s;
}
var _s,
  Id = u(() => {});
function Fa(t, e, r) {
  if (r?.source) {
    const o = r.source;
    if (typeof e == 'number')
      return e <= Number.MAX_SAFE_INTEGER && e >= Number.MIN_SAFE_INTEGER
        ? VP(o, e)
          ? e
          : new me(o, 'bigDecimal')
        : FP(o)
          ? new me(o, 'bigDecimal')
          : /[eE]/.test(o)
            ? HP(o)
            : BigInt(o);
  }
  return e;
}
function FP(t) {
  const e = t.indexOf('.');
  if (e === -1) return !1;
  const r = t.search(/[eE]/);
  if (r === -1) return !0;
  const o = r - e - 1;
  return parseInt(t.slice(r + 1), 10) < o;
}
function VP(t, e) {
  if (t === String(e) || Object.is(e, -0)) return !0;
  if (/[eE]/.test(t)) return wd(t) === wd(String(e));
  const r = t.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, ''),
    o = String(e);
  return r === o ? !0 : /[eE]/.test(o) ? r === wd(o) : !1;
}
function wd(t) {
  let e = t.startsWith('-'),
    r = e ? t.slice(1) : t,
    o = r.search(/[eE]/),
    n;
  if (o === -1) n = r;
  else {
    let s = parseInt(r.slice(o + 1), 10),
      i = r.slice(0, o),
      a = i.indexOf('.'),
      c,
      p;
    a === -1 ? ((c = i), (p = i.length)) : ((c = i.slice(0, a) + i.slice(a + 1)), (p = a)),
      (c = c.replace(/0+$/, '') || '0');
    const l = p + s;
    c === '0'
      ? (n = '0')
      : l <= 0
        ? (n = '0.' + '0'.repeat(-l) + c)
        : l >= c.length
          ? (n = c + '0'.repeat(l - c.length))
          : (n = c.slice(0, l) + '.' + c.slice(l));
  }
  return (
    n.includes('.') && (n = n.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '')), (e ? '-' : '') + n
  );
}
function HP(t) {
  let e = t.search(/[eE]/),
    r = parseInt(t.slice(e + 1), 10),
    o = t.startsWith('-'),
    n = t.slice(o ? 1 : 0, e),
    s = n.indexOf('.'),
    i,
    a;
  if (s === -1) (i = n), (a = r);
  else {
    i = n.slice(0, s) + n.slice(s + 1);
    const p = n.length - s - 1;
    a = r - p;
  }
  i = i.replace(/0+$/, '') || '0';
  const c = BigInt(i) * 10n ** BigInt(a + (n.replace('.', '').length - i.length));
  return o ? -c : c;
}
var Ad = u(() => {
  R();
});
function Ha(t) {
  const e = O.of(t),
    r = e.getSchema();
  if (Array.isArray(r) && e.isStructSchema()) {
    if (bd in r) return r[bd];
    const o = Va(e, new Set());
    return ((r[bd] = o), o);
  }
  return Va(e, new Set());
}
function Va(t, e) {
  const r = t.getSchema();
  if (e.has(r)) return !1;
  if ((e.add(r), t.isBigIntegerSchema() || t.isBigDecimalSchema())) return !0;
  if (t.isStructSchema()) {
    for (const [, o] of t.structIterator()) if (Va(o, e)) return !0;
  } else if (t.isListSchema() || t.isMapSchema()) {
    if (Va(t.getValueSchema(), e)) return !0;
  } else if (t.isDocumentSchema()) return !0;
  return !1;
}
var bd,
  Cd = u(() => {
    X();
    bd = Symbol.for('@aws-sdk/reviver');
  });
var hx,
  gx = u(() => {
    sn();
    R();
    hx = (t, e) => Re(t, e).then((r) => (e?.utf8Encoder ?? Z)(r));
  });
async function Ga(t, e, r) {
  let o;
  if (Ba() && typeof t?.[Symbol.asyncIterator] == 'function') {
    const s = await Re(t, e);
    typeof Buffer == 'function' &&
      (Buffer.isBuffer(s) ? (o = s) : (o = Buffer.from(s.buffer, s.byteOffset, s.byteLength)));
  }
  if ((o || (o = await hx(t, e)), o.length === 0)) return {};
  const n = r && Ha(r) ? Fa : void 0;
  try {
    return JSON.parse(o, n);
  } catch (s) {
    throw (
      s?.name === 'SyntaxError' &&
        Object.defineProperty(s, '$responseBodyText', {
          value: typeof o == 'string' ? o : o.toString('utf8'),
        }),
      s
    );
  }
}
var Sx,
  Rd,
  Ka,
  za,
  yx,
  vd = u(() => {
    sn();
    gx();
    Id();
    Ad();
    Cd();
    (Sx = (t, e) => Object.keys(t).find((r) => r.toLowerCase() === e.toLowerCase())),
      (Rd = (t) => {
        let e = t;
        return (
          typeof e == 'number' && (e = e.toString()),
          e.indexOf(',') >= 0 && (e = e.split(',')[0]),
          e.indexOf(':') >= 0 && (e = e.split(':')[0]),
          e.indexOf('#') >= 0 && (e = e.split('#')[1]),
          e
        );
      }),
      (Ka = (t, e) => yx(t, e, ['header', 'code', 'type'])),
      (za = (t, e, r = !1) =>
        yx(t, e, r ? ['code', 'header', 'type'] : ['type', 'code', 'header'])),
      (yx = ({ headers: t }, e, r) => {
        for (; r.length > 0; )
          switch (r.shift()) {
            case 'header': {
              const n = Sx(t ?? {}, 'x-amzn-errortype');
              if (n !== void 0) return Rd(t[n]);
              break;
            }
            case 'code': {
              const s = Sx(e ?? {}, 'code');
              if (s && e[s] !== void 0) return Rd(e[s]);
              break;
            }
            case 'type':
              if (e?.__type !== void 0) return Rd(e.__type);
              break;
          }
      });
  });
var Xr,
  Od = u(() => {
    Ma();
    X();
    R();
    Ua();
    fx();
    Id();
    Ad();
    Cd();
    vd();
    q();
    Xr = class extends Yr {
      settings;
      constructor(e) {
        super(), (this.settings = e);
      }
      async read(e, r) {
        let o = Ha(e) ? Fa : void 0,
          n;
        if (typeof r == 'string') {
          if (r.length === 0) return {};
          n = JSON.parse(r, o);
        } else if (r instanceof Uint8Array && Ba()) {
          if (r.byteLength === 0) return {};
          const s = Buffer.isBuffer(r) ? r : Buffer.from(r.buffer, r.byteOffset, r.byteLength);
          n = JSON.parse(s, o);
        } else n = await Ga(r, this.serdeContext, e);
        return this._read(e, n);
      }
      readObject(e, r) {
        return this._read(e, r);
      }
      _read(e, r) {
        const o = r !== null && typeof r == 'object',
          n = O.of(e);
        if (o) {
          if (n.isStructSchema()) return this._readStruct(n, r);
          if (Array.isArray(r) && n.isListSchema()) {
            const i = n.getValueSchema();
            if (this.needsTransform(i))
              for (let a = 0; a < r.length; ++a) r[a] = this._read(i, r[a]);
            return r;
          }
          if (n.isMapSchema()) {
            const i = n.getValueSchema(),
              a = r;
            if (this.needsTransform(i))
              for (const c in a)
                A(a, c) && (c === '__proto__' && Dr(a), (a[c] = this._read(i, a[c])));
            return a;
          }
        }
        if (n.isBlobSchema() && typeof r == 'string') return de(r);
        const s = n.getMergedTraits().mediaType;
        if (n.isStringSchema() && typeof r == 'string' && s)
          return s === 'application/json' || s.endsWith('+json') ? Le.from(r) : r;
        if (n.isTimestampSchema() && r != null)
          switch (No(n, this.settings)) {
            case 5:
              return el(r);
            case 6:
              return Jn(r);
            case 7:
              return tl(r);
            default:
              return (
                console.warn('Missing timestamp format, parsing value with Date constructor:', r),
                new Date(r)
              );
          }
        if (n.isBigIntegerSchema() && (typeof r == 'number' || typeof r == 'string'))
          return BigInt(r);
        if (n.isBigDecimalSchema() && r != null) {
          if (r instanceof me) return r;
          const i = r;
          return i.type === 'bigDecimal' && 'string' in i
            ? new me(i.string, i.type)
            : new me(String(r), 'bigDecimal');
        }
        if (n.isNumericSchema() && typeof r == 'string') {
          switch (r) {
            case 'Infinity':
              return 1 / 0;
            case '-Infinity':
              return -1 / 0;
            case 'NaN':
              return NaN;
          }
          return r;
        }
        if (n.isDocumentSchema() && o)
          if (Array.isArray(r))
            for (let i = 0; i < r.length; ++i) {
              const a = r[i];
              a instanceof me || (r[i] = this._read(n, a));
            }
          else {
            const i = r;
            for (const a in i) {
              if (!A(i, a)) continue;
              a === '__proto__' && Dr(i);
              const c = i[a];
              c instanceof me || (i[a] = this._read(n, c));
            }
          }
        return r;
      }
      _readStruct(e, r) {
        let o = e.isUnionSchema(),
          n = {},
          s,
          i = typeof r.__type == 'string',
          { jsonName: a } = this.settings;
        a && i && (s = {});
        let c;
        o && (c = new $a(r, n));
        for (const [p, l] of e.structIterator()) {
          let d = p;
          a && ((d = l.getMergedTraits().jsonName ?? d), i && (s[d] = p)),
            o && c.mark(d),
            r[d] != null && (n[p] = this._read(l, r[d]));
        }
        if (o) c.writeUnknown();
        else if (i)
          for (const p in r) {
            if (!A(r, p)) continue;
            const l = r[p],
              d = a ? (s[p] ?? p) : p;
            d in n || (n[d] = l);
          }
        return n;
      }
      needsTransform(e) {
        return !!(
          e.isBlobSchema() ||
          e.isTimestampSchema() ||
          e.isBigIntegerSchema() ||
          e.isBigDecimalSchema() ||
          e.isNumericSchema() ||
          e.isDocumentSchema() ||
          e.isStructSchema() ||
          e.isListSchema() ||
          e.isMapSchema() ||
          (e.isStringSchema() && e.getMergedTraits().mediaType)
        );
      }
    };
  });
var ja,
  Ex,
  xx = u(() => {
    R();
    (ja = class t extends Uint8Array {
      string = null;
      static allocUnsafe(e) {
        if (typeof Buffer == 'function') {
          const r = Buffer.allocUnsafe(e);
          return new t(r.buffer, r.byteOffset, r.byteLength);
        }
        return new t(e);
      }
      toString() {
        return this.s();
      }
      valueOf() {
        return this.s();
      }
      includes(e, r) {
        return typeof e == 'string'
          ? this.s().includes(e, r)
          : Uint8Array.prototype.includes.call(this, e, r);
      }
      indexOf(e, r) {
        return typeof e == 'string'
          ? this.s().indexOf(e, r)
          : Uint8Array.prototype.indexOf.call(this, e, r);
      }
      lastIndexOf(e, r) {
        if (typeof e == 'string') return this.s().lastIndexOf(e, r);
        const o = Uint8Array.prototype.lastIndexOf;
        return r !== void 0 ? o.call(this, e, r) : o.call(this, e);
      }
      startsWith(e, r) {
        return this.s().startsWith(e, r);
      }
      endsWith(e, r) {
        return this.s().endsWith(e, r);
      }
      match(e) {
        return this.s().match(e);
      }
      replace(e, r) {
        return this.s().replace(e, r);
      }
      search(e) {
        return this.s().search(e);
      }
      split(e, r) {
        return this.s().split(e, r);
      }
      substring(e, r) {
        return this.s().substring(e, r);
      }
      trim() {
        return this.s().trim();
      }
      trimStart() {
        return this.s().trimStart();
      }
      trimEnd() {
        return this.s().trimEnd();
      }
      charAt(e) {
        return this.s().charAt(e);
      }
      charCodeAt(e) {
        return this.s().charCodeAt(e);
      }
      padStart(e, r) {
        return this.s().padStart(e, r);
      }
      padEnd(e, r) {
        return this.s().padEnd(e, r);
      }
      repeat(e) {
        return this.s().repeat(e);
      }
      toUpperCase() {
        return this.s().toUpperCase();
      }
      toLowerCase() {
        return this.s().toLowerCase();
      }
      s() {
        if (this.string == null) {
          const e = Date.now();
          e > Ex + 6e4 &&
            (console.warn(
              '@aws-sdk/core/protocols - WARN - JsonCodec2: you have called a string method on a Uint8Array request body. It has been automatically converted to string. In a future version this will throw an error.',
            ),
            (Ex = e)),
            (this.string = Z(this));
        }
        return this.string;
      }
    }),
      (Ex = 0);
  });
function Dd(t) {
  return ja.allocUnsafe(t);
}
var Wa,
  _x,
  Tx,
  GP,
  KP,
  hn,
  qa,
  Ya,
  Ix,
  zP,
  jP,
  WP,
  yr,
  wx,
  Jr,
  Pd = u(() => {
    Ma();
    X();
    R();
    Ua();
    q();
    xx();
    (Wa = new TextEncoder()),
      (_x = 123),
      (Tx = 125),
      (GP = 91),
      (KP = 93),
      (hn = 34),
      (qa = 58),
      (Ya = 44),
      (Ix = 92),
      (zP = new Uint8Array([116, 114, 117, 101])),
      (jP = new Uint8Array([102, 97, 108, 115, 101])),
      (WP = new Uint8Array([110, 117, 108, 108])),
      (yr = new Array(128).fill(null));
    yr[8] = 'b';
    yr[9] = 't';
    yr[10] = 'n';
    yr[12] = 'f';
    yr[13] = 'r';
    yr[34] = '"';
    yr[92] = '\\';
    for (let t = 0; t < 32; t++)
      yr[t] === null && (yr[t] = 'u00' + t.toString(16).padStart(2, '0'));
    wx = 2048;
    Jr = class t extends Yr {
      settings;
      json;
      i = 0;
      rootSchema;
      rawValue;
      passthrough = !1;
      constructor(e) {
        super(), (this.settings = e), (this.json = Dd(wx));
      }
      write(e, r) {
        (this.i = 0),
          (this.rawValue = r),
          (this.rootSchema = O.of(e)),
          (this.passthrough = this.rootSchema.isBlobSchema() || this.rootSchema.isStringSchema()),
          this.passthrough || this.writeValue(this.rootSchema, r, void 0);
      }
      writeDiscriminatedDocument(e, r) {
        (this.i = 0), (this.rootSchema = O.of(e));
        const o = this.rootSchema;
        if (o.isStructSchema() && r != null && typeof r == 'object') {
          this.writeValue(o, r, void 0);
          const n = `"__type":"${o.getName(!0) ?? 'Unknown'}",`,
            s = n.length;
          this.ensure(s),
            this.json.copyWithin(1 + s, 1, this.i),
            Wa.encodeInto(n, this.json.subarray(1)),
            (this.i += s);
        } else this.writeValue(o, r, void 0);
      }
      flush() {
        this.rootSchema = void 0;
        const e = this.i;
        this.i = 0;
        const r = this.rawValue;
        if (((this.rawValue = void 0), e === 0)) return r;
        const o = this.json.subarray(0, e);
        return ((this.json = Dd(wx)), o);
      }
      ensure(e) {
        const { i: r, json: o } = this;
        if (r + e > o.length) {
          let n = o.length * 2;
          for (; n < r + e; ) n *= 2;
          const s = Dd(n);
          s.set(this.json), (this.json = s);
        }
      }
      writeAscii(e) {
        const r = e.length;
        this.ensure(r);
        let { i: o, json: n } = this;
        for (let s = 0; s < r; ++s) (n[o] = e.charCodeAt(s)), (o += 1);
        this.i = o;
      }
      writeAsciiQuoted(e) {
        const r = e.length;
        this.ensure(r + 4);
        let { json: o, i: n } = this;
        o[n++] = hn;
        for (let s = 0; s < r; ++s) o[n++] = e.charCodeAt(s);
        (o[n++] = hn), (this.i = n);
      }
      writeJsonString(e) {
        const r = e.length;
        this.ensure(r * 3 + 2), (this.json[this.i++] = hn);
        for (let o = 0; o < r; ++o) {
          const n = e.charCodeAt(o);
          if (n > 34 && n < 92) this.json[this.i++] = n;
          else if (n < 128) {
            const s = yr[n];
            if (s !== null) {
              this.ensure(s.length + 1 + (r - o - 1) * 3 + 1), (this.json[this.i++] = Ix);
              for (let i = 0; i < s.length; i++) this.json[this.i++] = s.charCodeAt(i);
            } else this.json[this.i++] = n;
          } else if (n >= 55296 && n <= 56319) {
            const s = o + 1 < r ? e.charCodeAt(o + 1) : 0;
            if (s >= 56320 && s <= 57343) {
              this.ensure(4);
              const { written: i } = Wa.encodeInto(
                e.substring(o, o + 2),
                this.json.subarray(this.i),
              );
              (this.i += i), ++o;
            } else this.ensure(6 + (r - o - 1) * 3 + 1), this.writeUnicodeEscape(n);
          } else if (n >= 56320 && n <= 57343)
            this.ensure(6 + (r - o - 1) * 3 + 1), this.writeUnicodeEscape(n);
          else {
            let { i: s, json: i } = this;
            n < 2048
              ? ((i[s++] = 192 | (n >> 6)), (i[s++] = 128 | (n & 63)))
              : ((i[s++] = 224 | (n >> 12)),
                (i[s++] = 128 | ((n >> 6) & 63)),
                (i[s++] = 128 | (n & 63))),
              (this.i = s);
          }
        }
        this.json[this.i++] = hn;
      }
      writeUnicodeEscape(e) {
        let { json: r, i: o } = this;
        (r[o++] = Ix), (r[o++] = 117);
        const n = e.toString(16).padStart(4, '0');
        for (let s = 0; s < 4; ++s) r[o++] = n.charCodeAt(s);
        this.i = o;
      }
      static B64 = (() => {
        const e = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
          r = new Uint8Array(64);
        for (let o = 0; o < 64; ++o) r[o] = e.charCodeAt(o);
        return r;
      })();
      writeBase64(e) {
        const r = Math.ceil(e.length / 3) * 4;
        this.ensure(r + 2);
        let o = this.json,
          n = t.B64,
          s = this.i;
        o[s++] = hn;
        const i = e.length,
          a = i % 3,
          c = i - a;
        for (let p = 0; p < c; p += 3) {
          const l = e[p],
            d = e[p + 1],
            m = e[p + 2];
          (o[s++] = n[l >> 2]),
            (o[s++] = n[((l & 3) << 4) | (d >> 4)]),
            (o[s++] = n[((d & 15) << 2) | (m >> 6)]),
            (o[s++] = n[m & 63]);
        }
        if (a === 2) {
          const p = e[c],
            l = e[c + 1];
          (o[s++] = n[p >> 2]),
            (o[s++] = n[((p & 3) << 4) | (l >> 4)]),
            (o[s++] = n[(l & 15) << 2]),
            (o[s++] = 61);
        } else if (a === 1) {
          const p = e[c];
          (o[s++] = n[p >> 2]), (o[s++] = n[(p & 3) << 4]), (o[s++] = 61), (o[s++] = 61);
        }
        (o[s++] = hn), (this.i = s);
      }
      writeValue(e, r, o) {
        if (r == null) {
          if (o?.isStructSchema()) {
            if (r === void 0 && O.of(e).isIdempotencyToken()) {
              this.writeAsciiQuoted(nn());
              return;
            }
            return;
          }
          this.ensure(4), this.json.set(WP, this.i), (this.i += 4);
          return;
        }
        const n = O.of(e),
          s = typeof r == 'object';
        if (n.isStringSchema()) {
          const i = n.getMergedTraits().mediaType;
          if (i && (i === 'application/json' || i.endsWith('+json'))) {
            this.writeJsonString(Le.from(r).toString());
            return;
          }
        }
        if (
          this.settings.bigNumberAsString &&
          r != null &&
          (n.isBigIntegerSchema() || n.isBigDecimalSchema())
        ) {
          const i = r instanceof me ? r.string : String(r);
          this.writeAsciiQuoted(i);
          return;
        }
        if (s) {
          if (n.isStructSchema()) {
            this.writeStruct(n, r);
            return;
          }
          if (Array.isArray(r) && (n.isListSchema() || n.isDocumentSchema())) {
            this.writeList(n, r, n.isDocumentSchema());
            return;
          }
          if (n.isMapSchema()) {
            this.writeMap(n, r, !1);
            return;
          }
          if (r instanceof Uint8Array && (n.isBlobSchema() || n.isDocumentSchema())) {
            this.writeBase64(r);
            return;
          }
          if (r instanceof Date && (n.isTimestampSchema() || n.isDocumentSchema())) {
            this.writeTimestamp(n, r);
            return;
          }
          if (r instanceof me) {
            this.writeAscii(r.string);
            return;
          }
          if (n.isDocumentSchema()) {
            Array.isArray(r) ? this.writeList(n, r, !0) : this.writeMap(n, r, !0);
            return;
          }
          const i = JSON.stringify(r);
          this.writeAscii(i);
          return;
        }
        if (typeof r == 'string') {
          if (n.isBlobSchema()) {
            const i = (this.serdeContext?.base64Encoder ?? ue)(r);
            this.writeAsciiQuoted(i);
            return;
          }
          this.writeJsonString(r);
          return;
        }
        if (typeof r == 'number') {
          if (Math.abs(r) === 1 / 0 || Number.isNaN(r)) {
            this.writeAsciiQuoted(String(r));
            return;
          }
          const i = String(r);
          this.writeAscii(i);
          return;
        }
        if (typeof r == 'boolean') {
          this.ensure(5);
          let { i, json: a } = this;
          r ? (a.set(zP, i), (i += 4)) : (a.set(jP, i), (i += 5)), (this.i = i);
          return;
        }
        if (typeof r == 'bigint') {
          this.writeAscii(r.toString());
          return;
        }
        this.writeAscii(String(r));
      }
      writeStruct(e, r) {
        this.ensure(2), (this.json[this.i++] = _x);
        let o = !1,
          n = typeof r.__type == 'string',
          s;
        n && (s = new Set());
        for (const [i, a] of e.structIterator()) {
          const c = r[i];
          if (c == null && !a.isIdempotencyToken()) continue;
          o && (this.ensure(1), (this.json[this.i++] = Ya)), (o = !0);
          const p = this.settings.jsonName ? (a.getMergedTraits().jsonName ?? i) : i;
          s && (s.add(i), s.add(p)),
            this.writeAsciiQuoted(p),
            (this.json[this.i++] = qa),
            this.writeValue(a, c, e);
        }
        if (!o && e.isUnionSchema()) {
          const { $unknown: i } = r;
          if (Array.isArray(i)) {
            const [a, c] = i;
            this.writeAsciiQuoted(a),
              this.ensure(1),
              (this.json[this.i++] = qa),
              this.writeValue(15, c, e);
          }
        } else if (n)
          for (const i in r) {
            if (s.has(i)) continue;
            s.add(i);
            const a = r[i];
            o && (this.ensure(1), (this.json[this.i++] = Ya)),
              (o = !0),
              this.writeAsciiQuoted(i),
              this.ensure(1),
              (this.json[this.i++] = qa),
              this.writeValue(15, a, void 0);
          }
        this.ensure(1), (this.json[this.i++] = Tx);
      }
      writeList(e, r, o) {
        const n = !!e.getMergedTraits().sparse,
          s = e.getValueSchema();
        if (!o && (s.isStringSchema() || s.isNumericSchema() || s.isBooleanSchema())) {
          let a = !1;
          for (let p = 0; p < r.length; ++p) {
            const l = r[p];
            if (Number.isNaN(l) || l === 1 / 0 || l === -1 / 0 || (l == null && !n)) {
              a = !0;
              break;
            }
          }
          let c;
          if (!a) c = JSON.stringify(r);
          else {
            const p = [];
            for (let l = 0; l < r.length; ++l) {
              const d = r[l];
              (d == null && !n) ||
                (Number.isNaN(d) || d === 1 / 0 || d === -1 / 0 ? p.push(String(d)) : p.push(d));
            }
            c = JSON.stringify(p);
          }
          this.ensure(c.length * 3),
            (this.i += Wa.encodeInto(c, this.json.subarray(this.i)).written);
          return;
        }
        this.ensure(2), (this.json[this.i++] = GP);
        let i = !1;
        for (let a = 0; a < r.length; ++a) {
          const c = r[a];
          (o ? c === void 0 : c == null && !n) ||
            (i && (this.ensure(1), (this.json[this.i++] = Ya)),
            this.writeValue(s, c, void 0),
            (i = !0));
        }
        this.ensure(1), (this.json[this.i++] = KP);
      }
      writeMap(e, r, o) {
        const n = !!e.getMergedTraits().sparse,
          s = e.getValueSchema();
        if (!o && (s.isStringSchema() || s.isNumericSchema() || s.isBooleanSchema())) {
          let a;
          for (const p in r) {
            if (!A(r, p)) continue;
            const l = r[p];
            Number.isNaN(l) || l === 1 / 0 || l === -1 / 0
              ? (((a ??= {})[p] = l), (r[p] = String(l)))
              : l === null && !n && (((a ??= {})[p] = null), (r[p] = void 0));
          }
          const c = JSON.stringify(r);
          a && Object.assign(r, a),
            this.ensure(c.length * 3),
            (this.i += Wa.encodeInto(c, this.json.subarray(this.i)).written);
          return;
        }
        this.ensure(2), (this.json[this.i++] = _x);
        let i = !0;
        for (const a in r) {
          if (!A(r, a)) continue;
          const c = r[a];
          (o ? c === void 0 : c == null && !n) ||
            (i || (this.ensure(1), (this.json[this.i++] = Ya)),
            (i = !1),
            this.writeJsonString(a),
            this.ensure(1),
            (this.json[this.i++] = qa),
            this.writeValue(s, c, void 0));
        }
        this.ensure(1), (this.json[this.i++] = Tx);
      }
      writeTimestamp(e, r) {
        switch (No(e, this.settings)) {
          case 5: {
            const n = r.toISOString().replace('.000Z', 'Z');
            this.writeAsciiQuoted(n);
            return;
          }
          case 6: {
            this.writeAsciiQuoted(Io(r));
            return;
          }
          case 7: {
            const n = String(r.getTime() / 1e3);
            this.writeAscii(n);
            return;
          }
          default: {
            const n = String(r.getTime() / 1e3);
            this.writeAscii(n);
            return;
          }
        }
      }
    };
  });
var Er,
  Ax = u(() => {
    Ua();
    Od();
    Pd();
    Er = class extends Yr {
      settings;
      constructor(e) {
        super(), (this.settings = e);
      }
      createSerializer() {
        const e = new Jr(this.settings);
        return (e.setSerdeContext(this.serdeContext), e);
      }
      createDeserializer() {
        const e = new Xr(this.settings);
        return (e.setSerdeContext(this.serdeContext), e);
      }
    };
  });
var N = u(() => {
  sn();
  id();
  ox();
  nx();
  xd();
  sx();
  ax();
  Ma();
  q();
  q();
  cx();
  dx();
  _d();
  mx();
  q();
  vd();
  Ax();
  Pd();
  Od();
});
var bx,
  Cx,
  jt,
  Rx = u(() => {
    N();
    (bx = (t) => (e) => async (r) => {
      if (!F.isInstance(r.request)) return e(r);
      const { request: o } = r,
        { handlerProtocol: n = '' } = t.requestHandler.metadata || {};
      if (n.indexOf('h2') >= 0 && !o.headers[':authority'])
        delete o.headers.host,
          (o.headers[':authority'] = o.hostname + (o.port ? ':' + o.port : ''));
      else if (!o.headers.host) {
        let s = o.hostname;
        o.port != null && (s += `:${o.port}`), (o.headers.host = s);
      }
      return e(r);
    }),
      (Cx = {
        name: 'hostHeaderMiddleware',
        step: 'build',
        priority: 'low',
        tags: ['HOST'],
        override: !0,
      }),
      (jt = (t) => ({
        applyToStack: (e) => {
          e.add(bx(t), Cx);
        },
      }));
  });
var vx,
  Ox,
  Wt,
  Dx = u(() => {
    b();
    (vx = () => (t, e) => async (r) => {
      try {
        const o = await t(r),
          { logger: n } = e,
          s = n instanceof Ee;
        if (n && !s) {
          const { clientName: i, commandName: a, dynamoDbDocumentClientOptions: c = {} } = e,
            { overrideInputFilterSensitiveLog: p, overrideOutputFilterSensitiveLog: l } = c,
            d = p ?? e.inputFilterSensitiveLog,
            m = l ?? e.outputFilterSensitiveLog,
            { $metadata: f, ...h } = o.output;
          n.info?.({ clientName: i, commandName: a, input: d(r.input), output: m(h), metadata: f });
        }
        return o;
      } catch (o) {
        const {
            clientName: n,
            commandName: s,
            logger: i,
            dynamoDbDocumentClientOptions: a = {},
          } = e,
          { overrideInputFilterSensitiveLog: c } = a,
          p = c ?? e.inputFilterSensitiveLog;
        throw (
          i?.error?.({
            clientName: n,
            commandName: s,
            input: p(r.input),
            error: o,
            metadata: o.$metadata,
          }),
          o
        );
      }
    }),
      (Ox = { name: 'loggerMiddleware', tags: ['LOGGER'], step: 'initialize', override: !0 }),
      (Wt = (t) => ({
        applyToStack: (e) => {
          e.add(vx(), Ox);
        },
      }));
  });
var Px,
  Nx = u(() => {
    Px = {
      step: 'build',
      tags: ['RECURSION_DETECTION', 'TRACE_CONTEXT_PROPAGATION'],
      name: 'recursionDetectionMiddleware',
      override: !0,
      priority: 'low',
    };
  });
var Qr,
  Nd,
  Xa,
  kd,
  Ld,
  Ts,
  Ja = u(() => {
    (Qr = {
      REQUEST_ID: Symbol.for('_AWS_LAMBDA_REQUEST_ID'),
      X_RAY_TRACE_ID: Symbol.for('_AWS_LAMBDA_X_RAY_TRACE_ID'),
      TENANT_ID: Symbol.for('_AWS_LAMBDA_TENANT_ID'),
      TRACEPARENT: Symbol.for('_AWS_LAMBDA_TRACEPARENT'),
      TRACESTATE: Symbol.for('_AWS_LAMBDA_TRACESTATE'),
      BAGGAGE: Symbol.for('_AWS_LAMBDA_BAGGAGE'),
    }),
      (Nd = ['true', '1'].includes(process.env?.AWS_LAMBDA_NODEJS_NO_GLOBAL_AWSLAMBDA ?? ''));
    Nd || (globalThis.awslambda = globalThis.awslambda || {});
    (Xa = class {
      static PROTECTED_KEYS = Qr;
      isProtectedKey(e) {
        return Object.values(Qr).includes(e);
      }
      getRequestId() {
        return this.get(Qr.REQUEST_ID) ?? '-';
      }
      getXRayTraceId() {
        return this.get(Qr.X_RAY_TRACE_ID);
      }
      getTenantId() {
        return this.get(Qr.TENANT_ID);
      }
      getTraceparent() {
        return this.get(Qr.TRACEPARENT);
      }
      getTracestate() {
        return this.get(Qr.TRACESTATE);
      }
      getBaggage() {
        return this.get(Qr.BAGGAGE);
      }
    }),
      (kd = class extends Xa {
        currentContext;
        getContext() {
          return this.currentContext;
        }
        hasContext() {
          return this.currentContext !== void 0;
        }
        get(e) {
          return this.currentContext?.[e];
        }
        set(e, r) {
          if (this.isProtectedKey(e))
            throw new Error(`Cannot modify protected Lambda context field: ${String(e)}`);
          (this.currentContext = this.currentContext || {}), (this.currentContext[e] = r);
        }
        run(e, r) {
          return ((this.currentContext = e), r());
        }
      }),
      (Ld = class t extends Xa {
        als;
        static async create() {
          const e = new t(),
            r = await import('node:async_hooks');
          return ((e.als = new r.AsyncLocalStorage()), e);
        }
        getContext() {
          return this.als.getStore();
        }
        hasContext() {
          return this.als.getStore() !== void 0;
        }
        get(e) {
          return this.als.getStore()?.[e];
        }
        set(e, r) {
          if (this.isProtectedKey(e))
            throw new Error(`Cannot modify protected Lambda context field: ${String(e)}`);
          const o = this.als.getStore();
          if (!o) throw new Error('No context available');
          o[e] = r;
        }
        run(e, r) {
          return this.als.run(e, r);
        }
      });
    ((t) => {
      let e = null;
      async function r(o) {
        return (
          e ||
            (e = (async () => {
              const s =
                o === !0 || 'AWS_LAMBDA_MAX_CONCURRENCY' in process.env
                  ? await Ld.create()
                  : new kd();
              return !Nd && globalThis.awslambda?.InvokeStore
                ? globalThis.awslambda.InvokeStore
                : (!Nd && globalThis.awslambda && (globalThis.awslambda.InvokeStore = s), s);
            })()),
          e
        );
      }
      (t.getInstanceAsync = r),
        (t._testing =
          process.env.AWS_LAMBDA_BENCHMARK_MODE === '1'
            ? {
                reset: () => {
                  (e = null),
                    globalThis.awslambda?.InvokeStore && delete globalThis.awslambda.InvokeStore,
                    (globalThis.awslambda = { InvokeStore: void 0 });
                },
              }
            : void 0);
    })(Ts || (Ts = {}));
  });
function JP(t) {
  for (const e of Object.keys(t)) {
    const r = e.toLowerCase();
    e !== r && (r === Ud || r === kx || r === Lx) && ((t[r] = t[e]), delete t[e]);
  }
}
var YP,
  XP,
  Md,
  Ud,
  kx,
  Lx,
  Mx,
  Ux = u(() => {
    Ja();
    N();
    (YP = 'AWS_LAMBDA_FUNCTION_NAME'),
      (XP = '_X_AMZN_TRACE_ID'),
      (Md = 'X-Amzn-Trace-Id'),
      (Ud = 'traceparent'),
      (kx = 'tracestate'),
      (Lx = 'baggage'),
      (Mx = () => (t) => async (e) => {
        const { request: r } = e;
        if (!F.isInstance(r)) return t(e);
        let o;
        {
          const n =
            Object.keys(r.headers ?? {}).find((s) => s.toLowerCase() === Md.toLowerCase()) ?? Md;
          if (!Object.hasOwn(r.headers, n)) {
            const s = process.env[YP],
              i = process.env[XP];
            o ??= await Ts.getInstanceAsync();
            const c = o?.getXRayTraceId() ?? i,
              p = (l) => typeof l == 'string' && l.length > 0;
            p(s) && p(c) && (r.headers[Md] = c);
          }
        }
        if ((JP(r.headers), !r.headers[Ud])) {
          const s = (o ??= await Ts.getInstanceAsync())?.getTraceparent?.();
          if (s) {
            r.headers[Ud] = s;
            const i = o?.getTracestate?.();
            i && (r.headers[kx] = i);
            const a = o?.getBaggage?.();
            a && (r.headers[Lx] = a);
          }
        }
        return t(e);
      });
  });
var qt,
  $x = u(() => {
    Nx();
    Ux();
    qt = (t) => ({
      applyToStack: (e) => {
        e.add(Mx(), Px);
      },
    });
  });
var Bx,
  Fx = u(() => {
    Bx = (t, e) => {
      if (!e || e.length === 0) return t;
      const r = [];
      for (const o of e) for (const n of t) n.schemeId.split('#')[1] === o && r.push(n);
      for (const o of t) r.find(({ schemeId: n }) => n === o.schemeId) || r.push(o);
      return r;
    };
  });
function QP(t) {
  const e = new Map();
  for (const r of t) e.set(r.schemeId, r);
  return e;
}
var $d,
  Vx = u(() => {
    q();
    Fx();
    $d = (t, e) => (r, o) => async (n) => {
      const s = t.httpAuthSchemeProvider(await e.httpAuthSchemeParametersProvider(t, o, n.input)),
        i = t.authSchemePreference ? await t.authSchemePreference() : [],
        a = Bx(s, i),
        c = QP(t.httpAuthSchemes),
        p = te(o),
        l = [];
      for (const d of a) {
        const m = c.get(d.schemeId);
        if (!m) {
          l.push(`HttpAuthScheme \`${d.schemeId}\` was not enabled for this service.`);
          continue;
        }
        const f = m.identityProvider(await e.identityProviderConfigProvider(t));
        if (!f) {
          l.push(`HttpAuthScheme \`${d.schemeId}\` did not have an IdentityProvider configured.`);
          continue;
        }
        const { identityProperties: h = {}, signingProperties: S = {} } =
          d.propertiesExtractor?.(t, o) || {};
        (d.identityProperties = Object.assign(d.identityProperties || {}, h)),
          (d.signingProperties = Object.assign(d.signingProperties || {}, S)),
          (p.selectedHttpAuthScheme = {
            httpAuthOption: d,
            identity: await f(d.identityProperties),
            signer: m.signer,
          });
        break;
      }
      if (!p.selectedHttpAuthScheme)
        throw new Error(
          l.join(`
`),
        );
      return r(n);
    };
  });
var Bd,
  ft,
  Hx = u(() => {
    Vx();
    (Bd = {
      step: 'serialize',
      tags: ['HTTP_AUTH_SCHEME'],
      name: 'httpAuthSchemeMiddleware',
      override: !0,
      relation: 'before',
      toMiddleware: 'endpointV2Middleware',
    }),
      (ft = (t, { httpAuthSchemeParametersProvider: e, identityProviderConfigProvider: r }) => ({
        applyToStack: (o) => {
          o.addRelativeTo(
            $d(t, { httpAuthSchemeParametersProvider: e, identityProviderConfigProvider: r }),
            Bd,
          );
        },
      }));
  });
var Gx = u(() => {
  Hx();
});
var ZP,
  eN,
  Fd,
  Kx = u(() => {
    N();
    q();
    (ZP = (t) => (e) => {
      throw e;
    }),
      (eN = (t, e) => {}),
      (Fd = (t) => (e, r) => async (o) => {
        if (!F.isInstance(o.request)) return e(o);
        const s = te(r).selectedHttpAuthScheme;
        if (!s) throw new Error('No HttpAuthScheme was selected: unable to sign request');
        const {
            httpAuthOption: { signingProperties: i = {} },
            identity: a,
            signer: c,
          } = s,
          p = await e({ ...o, request: await c.sign(o.request, a, i) }).catch(
            (c.errorHandler || ZP)(i),
          );
        return ((c.successHandler || eN)(p.response, i), p);
      });
  });
var Vd,
  ht,
  zx = u(() => {
    Kx();
    (Vd = {
      step: 'finalizeRequest',
      tags: ['HTTP_SIGNING'],
      name: 'httpSigningMiddleware',
      aliases: ['apiKeyMiddleware', 'tokenMiddleware', 'awsAuthMiddleware'],
      override: !0,
      relation: 'after',
      toMiddleware: 'retryMiddleware',
    }),
      (ht = (t) => ({
        applyToStack: (e) => {
          e.addRelativeTo(Fd(t), Vd);
        },
      }));
  });
var jx = u(() => {
  zx();
});
var Yt,
  Wx = u(() => {
    Yt = (t) => {
      if (typeof t == 'function') return t;
      const e = Promise.resolve(t);
      return () => e;
    };
  });
function Is(t, e, r, o, n) {
  return async function* (i, a, ...c) {
    let p = a,
      l = i.startingToken ?? p[r],
      d = !0,
      m;
    for (; d; ) {
      if (((p[r] = l), n && (p[n] = p[n] ?? i.pageSize), i.client instanceof t))
        m = await tN(e, i.client, a, i.withCommand, ...c);
      else throw new Error(`Invalid client, expected instance of ${t.name}`);
      yield m;
      const f = l;
      (l = rN(m, o)), (d = !!(l && (!i.stopOnSameToken || l !== f)));
    }
    return void 0;
  };
}
var tN,
  rN,
  qx = u(() => {
    tN = async (t, e, r, o = (s) => s, ...n) => {
      let s = new t(r);
      return ((s = o(s) ?? s), await e.send(s, ...n));
    };
    rN = (t, e) => {
      let r = t,
        o = e.split('.');
      for (const n of o) {
        if (!r || typeof r != 'object') return;
        r = r[n];
      }
      return r;
    };
  });
var qe,
  Yx = u(() => {
    q();
    qe = class {
      authSchemes = new Map();
      constructor(e) {
        for (const r in e) {
          if (!A(e, r)) continue;
          const o = e[r];
          o !== void 0 && this.authSchemes.set(r, o);
        }
      }
      getIdentityProvider(e) {
        return this.authSchemes.get(e);
      }
    };
  });
var Fe,
  Xx = u(() => {
    Fe = class {
      async sign(e, r, o) {
        return e;
      }
    };
  });
var Jx = u(() => {
  Xx();
});
var Hd,
  Qa,
  ws,
  Za,
  Qx = u(() => {
    (Hd = (t) => (r) => ws(r) && r.expiration.getTime() - Date.now() < t),
      (Qa = Hd(3e5)),
      (ws = (t) => t.expiration !== void 0),
      (Za = (t, e, r) => {
        if (t === void 0) return;
        let o = typeof t != 'function' ? async () => Promise.resolve(t) : t,
          n,
          s,
          i,
          a = !1,
          c = async (p) => {
            s || (s = o(p));
            try {
              (n = await s), (i = !0), (a = !1);
            } finally {
              s = void 0;
            }
            return n;
          };
        return e === void 0
          ? async (p) => ((!i || p?.forceRefresh) && (n = await c(p)), n)
          : async (p) => (
              (!i || p?.forceRefresh) && (n = await c(p)),
              a ? n : r(n) ? (e(n) && (await c(p)), n) : ((a = !0), n)
            );
      });
  });
var Zx = u(() => {
  Yx();
  Jx();
  Qx();
});
var ve = u(() => {
  Gx();
  jx();
  Wx();
  qx();
  Zx();
});
function iN(t) {
  return t === void 0 ? !0 : typeof t == 'string' && t.length <= 50;
}
function Xt(t) {
  const e = Yt(t.userAgentAppId ?? ec),
    { customUserAgent: r } = t;
  return Object.assign(t, {
    customUserAgent: typeof r == 'string' ? [[r]] : r,
    userAgentAppId: async () => {
      const o = await e();
      if (!iN(o)) {
        const n = t.logger?.constructor?.name === 'NoOpLogger' || !t.logger ? console : t.logger;
        typeof o != 'string'
          ? n?.warn('userAgentAppId must be a string or undefined.')
          : o.length > 50 &&
            n?.warn('The provided userAgentAppId exceeds the maximum length of 50 characters.');
      }
      return o;
    },
  });
}
var ec,
  Gd = u(() => {
    ve();
    ec = void 0;
  });
var e_,
  t_ = u(() => {
    e_ = {
      partitions: [
        {
          id: 'aws',
          outputs: {
            dnsSuffix: 'amazonaws.com',
            dualStackDnsSuffix: 'api.aws',
            implicitGlobalRegion: 'us-east-1',
            name: 'aws',
            supportsDualStack: !0,
            supportsFIPS: !0,
          },
          regionRegex: '^(us|eu|ap|sa|ca|me|af|il|mx)\\-\\w+\\-\\d+$',
          regions: {
            'af-south-1': { description: 'Africa (Cape Town)' },
            'ap-east-1': { description: 'Asia Pacific (Hong Kong)' },
            'ap-east-2': { description: 'Asia Pacific (Taipei)' },
            'ap-northeast-1': { description: 'Asia Pacific (Tokyo)' },
            'ap-northeast-2': { description: 'Asia Pacific (Seoul)' },
            'ap-northeast-3': { description: 'Asia Pacific (Osaka)' },
            'ap-south-1': { description: 'Asia Pacific (Mumbai)' },
            'ap-south-2': { description: 'Asia Pacific (Hyderabad)' },
            'ap-southeast-1': { description: 'Asia Pacific (Singapore)' },
            'ap-southeast-2': { description: 'Asia Pacific (Sydney)' },
            'ap-southeast-3': { description: 'Asia Pacific (Jakarta)' },
            'ap-southeast-4': { description: 'Asia Pacific (Melbourne)' },
            'ap-southeast-5': { description: 'Asia Pacific (Malaysia)' },
            'ap-southeast-6': { description: 'Asia Pacific (New Zealand)' },
            'ap-southeast-7': { description: 'Asia Pacific (Thailand)' },
            'aws-global': { description: 'aws global region' },
            'ca-central-1': { description: 'Canada (Central)' },
            'ca-west-1': { description: 'Canada West (Calgary)' },
            'eu-central-1': { description: 'Europe (Frankfurt)' },
            'eu-central-2': { description: 'Europe (Zurich)' },
            'eu-north-1': { description: 'Europe (Stockholm)' },
            'eu-south-1': { description: 'Europe (Milan)' },
            'eu-south-2': { description: 'Europe (Spain)' },
            'eu-west-1': { description: 'Europe (Ireland)' },
            'eu-west-2': { description: 'Europe (London)' },
            'eu-west-3': { description: 'Europe (Paris)' },
            'il-central-1': { description: 'Israel (Tel Aviv)' },
            'me-central-1': { description: 'Middle East (UAE)' },
            'me-south-1': { description: 'Middle East (Bahrain)' },
            'me-west-1': { description: 'Middle East (Saudi Arabia)' },
            'mx-central-1': { description: 'Mexico (Central)' },
            'sa-east-1': { description: 'South America (Sao Paulo)' },
            'sa-west-1': { description: 'South America (Chile)' },
            'us-east-1': { description: 'US East (N. Virginia)' },
            'us-east-2': { description: 'US East (Ohio)' },
            'us-west-1': { description: 'US West (N. California)' },
            'us-west-2': { description: 'US West (Oregon)' },
          },
        },
        {
          id: 'aws-cn',
          outputs: {
            dnsSuffix: 'amazonaws.com.cn',
            dualStackDnsSuffix: 'api.amazonwebservices.com.cn',
            implicitGlobalRegion: 'cn-northwest-1',
            name: 'aws-cn',
            supportsDualStack: !0,
            supportsFIPS: !0,
          },
          regionRegex: '^cn\\-\\w+\\-\\d+$',
          regions: {
            'aws-cn-global': { description: 'aws-cn global region' },
            'cn-north-1': { description: 'China (Beijing)' },
            'cn-northwest-1': { description: 'China (Ningxia)' },
          },
        },
        {
          id: 'aws-eusc',
          outputs: {
            dnsSuffix: 'amazonaws.eu',
            dualStackDnsSuffix: 'api.amazonwebservices.eu',
            implicitGlobalRegion: 'eusc-de-east-1',
            name: 'aws-eusc',
            supportsDualStack: !0,
            supportsFIPS: !0,
          },
          regionRegex: '^eusc\\-(de)\\-\\w+\\-\\d+$',
          regions: { 'eusc-de-east-1': { description: 'AWS European Sovereign Cloud (Germany)' } },
        },
        {
          id: 'aws-iso',
          outputs: {
            dnsSuffix: 'c2s.ic.gov',
            dualStackDnsSuffix: 'api.aws.ic.gov',
            implicitGlobalRegion: 'us-iso-east-1',
            name: 'aws-iso',
            supportsDualStack: !0,
            supportsFIPS: !0,
          },
          regionRegex: '^us\\-iso\\-\\w+\\-\\d+$',
          regions: {
            'aws-iso-global': { description: 'aws-iso global region' },
            'us-iso-east-1': { description: 'US ISO East' },
            'us-iso-west-1': { description: 'US ISO WEST' },
          },
        },
        {
          id: 'aws-iso-b',
          outputs: {
            dnsSuffix: 'sc2s.sgov.gov',
            dualStackDnsSuffix: 'api.aws.scloud',
            implicitGlobalRegion: 'us-isob-east-1',
            name: 'aws-iso-b',
            supportsDualStack: !0,
            supportsFIPS: !0,
          },
          regionRegex: '^us\\-isob\\-\\w+\\-\\d+$',
          regions: {
            'aws-iso-b-global': { description: 'aws-iso-b global region' },
            'us-isob-east-1': { description: 'US ISOB East (Ohio)' },
            'us-isob-west-1': { description: 'US ISOB West' },
          },
        },
        {
          id: 'aws-iso-e',
          outputs: {
            dnsSuffix: 'cloud.adc-e.uk',
            dualStackDnsSuffix: 'api.cloud-aws.adc-e.uk',
            implicitGlobalRegion: 'eu-isoe-west-1',
            name: 'aws-iso-e',
            supportsDualStack: !0,
            supportsFIPS: !0,
          },
          regionRegex: '^eu\\-isoe\\-\\w+\\-\\d+$',
          regions: {
            'aws-iso-e-global': { description: 'aws-iso-e global region' },
            'eu-isoe-west-1': { description: 'EU ISOE West' },
          },
        },
        {
          id: 'aws-iso-f',
          outputs: {
            dnsSuffix: 'csp.hci.ic.gov',
            dualStackDnsSuffix: 'api.aws.hci.ic.gov',
            implicitGlobalRegion: 'us-isof-south-1',
            name: 'aws-iso-f',
            supportsDualStack: !0,
            supportsFIPS: !0,
          },
          regionRegex: '^us\\-isof\\-\\w+\\-\\d+$',
          regions: {
            'aws-iso-f-global': { description: 'aws-iso-f global region' },
            'us-isof-east-1': { description: 'US ISOF EAST' },
            'us-isof-south-1': { description: 'US ISOF SOUTH' },
          },
        },
        {
          id: 'aws-us-gov',
          outputs: {
            dnsSuffix: 'amazonaws.com',
            dualStackDnsSuffix: 'api.aws',
            implicitGlobalRegion: 'us-gov-west-1',
            name: 'aws-us-gov',
            supportsDualStack: !0,
            supportsFIPS: !0,
          },
          regionRegex: '^us\\-gov\\-\\w+\\-\\d+$',
          regions: {
            'aws-us-gov-global': { description: 'aws-us-gov global region' },
            'us-gov-east-1': { description: 'AWS GovCloud (US-East)' },
            'us-gov-west-1': { description: 'AWS GovCloud (US-West)' },
          },
        },
      ],
      version: '1.1',
    };
  });
var aN,
  cN,
  r_,
  o_,
  Kd = u(() => {
    t_();
    (aN = e_),
      (cN = ''),
      (r_ = (t) => {
        const { partitions: e } = aN;
        for (const o of e) {
          const { regions: n, outputs: s } = o;
          for (const [i, a] of Object.entries(n)) if (i === t) return { ...s, ...a };
        }
        for (const o of e) {
          const { regionRegex: n, outputs: s } = o;
          if (new RegExp(n).test(t)) return { ...s };
        }
        const r = e.find((o) => o.id === 'aws');
        if (!r)
          throw new Error(
            "Provided region was not found in the partition array or regex, and default partition with id 'aws' doesn't exist.",
          );
        return { ...r.outputs };
      }),
      (o_ = () => cN);
  });

import { Readable as uN } from 'node:stream';

var zd,
  n_ = u(() => {
    zd = (t) =>
      t?.body instanceof uN || (typeof ReadableStream < 'u' && t?.body instanceof ReadableStream);
  });
var s_,
  i_,
  a_,
  c_,
  u_,
  p_ = u(() => {
    (s_ = [
      'BandwidthLimitExceeded',
      'EC2ThrottledException',
      'LimitExceededException',
      'PriorRequestNotComplete',
      'ProvisionedThroughputExceededException',
      'RequestLimitExceeded',
      'RequestThrottled',
      'RequestThrottledException',
      'SlowDown',
      'ThrottledException',
      'Throttling',
      'ThrottlingException',
      'TooManyRequestsException',
      'TransactionInProgressException',
    ]),
      (i_ = ['TimeoutError', 'RequestTimeout', 'RequestTimeoutException']),
      (a_ = [500, 502, 503, 504]),
      (c_ = ['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT']),
      (u_ = ['EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
  });
function mN(t) {
  return t.code === 'ERR_HTTP2_STREAM_ERROR' && t.message.includes('NGHTTP2_REFUSED_STREAM');
}
var pN,
  lN,
  dN,
  tc,
  rc,
  l_,
  jd = u(() => {
    p_();
    (pN = (t) => t?.$retryable !== void 0),
      (lN = (t) => t.$metadata?.clockSkewCorrected),
      (dN = (t) => {
        const e = new Set([
          'Failed to fetch',
          'NetworkError when attempting to fetch resource',
          'The Internet connection appears to be offline',
          'Load failed',
          'Network request failed',
        ]);
        return t && t instanceof TypeError ? e.has(t.message) : !1;
      }),
      (tc = (t) =>
        t.$metadata?.httpStatusCode === 429 ||
        s_.includes(t.name) ||
        t.$retryable?.throttling == !0),
      (rc = (t, e = 0) =>
        t?.name !== 'AbortError' &&
        (pN(t) ||
          lN(t) ||
          (t.name === 'InvalidSignatureException' && t.message?.includes('Signature expired')) ||
          i_.includes(t.name) ||
          c_.includes(t?.code || '') ||
          u_.includes(t?.code || '') ||
          a_.includes(t.$metadata?.httpStatusCode || 0) ||
          dN(t) ||
          mN(t) ||
          (t.cause !== void 0 && e <= 10 && rc(t.cause, e + 1)))),
      (l_ = (t) => {
        if (t.$metadata?.httpStatusCode !== void 0) {
          const e = t.$metadata.httpStatusCode;
          return 500 <= e && e <= 599 && !rc(t);
        }
        return !1;
      });
  });
var oc,
  fN,
  d_,
  m_ = u(() => {
    (oc = (t, e) => {
      if (!e) return t;
      let r = () => {},
        o = new Promise((n, s) => {
          const i = () => s(fN(e));
          e.aborted
            ? i()
            : typeof e.addEventListener == 'function'
              ? (e.addEventListener('abort', i, { once: !0 }),
                (r = () => e.removeEventListener('abort', i)))
              : (e.onabort = i);
        });
      return Promise.race([t, o]).finally(r);
    }),
      (fN = (t) => {
        const e = t.reason;
        return e instanceof Error
          ? Object.assign(new Error('Request aborted'), { name: 'AbortError', cause: e })
          : Object.assign(new Error(e ? String(e) : 'Request aborted'), { name: 'AbortError' });
      }),
      (d_ = (t) => typeof t == 'object' && t !== null && 'name' in t && t.name === 'AbortError');
  });
var f_,
  h_,
  g_ = u(() => {
    (f_ = 'amz-sdk-invocation-id'), (h_ = 'amz-sdk-request');
  });
function S_(t, e) {
  if (ke.isInstance(t))
    for (const r in t.headers) {
      if (!A(t.headers, r)) continue;
      const o = r.toLowerCase();
      if (o === 'retry-after') {
        let n = t.headers[r],
          s = NaN;
        if (n.endsWith('GMT'))
          try {
            s = (Jn(n).getTime() - Date.now()) / 1e3;
          } catch (i) {
            e?.trace?.('Failed to parse retry-after header'), e?.trace?.(i);
          }
        else
          n.match(/ GMT, ((\d+)|(\d+\.\d+))$/)
            ? (s = Number(n.match(/ GMT, ([\d.]+)$/)?.[1]))
            : n.match(/^((\d+)|(\d+\.\d+))$/)
              ? (s = Number(n))
              : Date.parse(n) >= Date.now() && (s = (Date.parse(n) - Date.now()) / 1e3);
        return isNaN(s) ? void 0 : new Date(Date.now() + s * 1e3);
      } else if (o === 'x-amz-retry-after') {
        const n = t.headers[r],
          s = Number(n);
        if (isNaN(s)) {
          e?.trace?.(`Failed to parse x-amz-retry-after=${n}`);
          return;
        }
        return new Date(Date.now() + s);
      }
    }
}
var y_ = u(() => {
  q();
  N();
  R();
});
var E_,
  x_ = u(() => {
    E_ = (t) =>
      t instanceof Error
        ? t
        : t instanceof Object
          ? Object.assign(new Error(), t)
          : typeof t == 'string'
            ? new Error(t)
            : new Error(`AWS SDK error wrapper for ${t}`);
  });
function Wd(t) {
  return (e) => (r, o) => async (n) => {
    let s = await e.retryStrategy(),
      i = await e.maxAttempts(),
      a = o[bt]?.abortSignal;
    if (hN(s)) {
      s = s;
      let c = (o.partition_id ?? '') + (o.__retryLongPoll ? ':longpoll' : ''),
        p = await oc(s.acquireInitialRetryToken(c), a),
        l = new Error(),
        d = 0,
        m = 0,
        { request: f } = n,
        h = F.isInstance(f);
      for (h && (f.headers[f_] = sd()); ; )
        try {
          h && (f.headers[h_] = `attempt=${d + 1}; max=${i}`);
          const { response: S, output: g } = await r(n);
          return (
            s.recordSuccess(p),
            (g.$metadata.attempts = d + 1),
            (g.$metadata.totalRetryDelay = m),
            { response: S, output: g }
          );
        } catch (S) {
          const g = gN(S, e.logger);
          if (((l = E_(S)), h && t(f)))
            throw (
              (o.logger instanceof Ee ? console : o.logger)?.warn(
                'An error was encountered in a non-retryable streaming request.',
              ),
              l
            );
          try {
            if (a?.aborted) throw l;
            p = await oc(s.refreshRetryTokenForRetry(p, g), a);
          } catch (E) {
            throw E !== l && a?.aborted && d_(E)
              ? E
              : (l.$metadata || (l.$metadata = {}),
                (l.$metadata.attempts = d + 1),
                (l.$metadata.totalRetryDelay = m),
                l);
          }
          d = p.getRetryCount();
          const y = p.getRetryDelay();
          (m += (p?.$retryLog?.acquisitionDelay ?? 0) + y),
            y > 0 && (await oc(new Promise((E) => setTimeout(E, y)), a));
        }
    } else
      return (
        (s = s),
        s?.mode && (o.userAgent = [...(o.userAgent || []), ['cfg/retry-mode', s.mode]]),
        s.retry(r, n)
      );
  };
}
function __(t) {
  const e = Wd(t);
  return (r) => ({
    applyToStack: (o) => {
      o.add(e(r), yN);
    },
  });
}
var hN,
  gN,
  SN,
  yN,
  T_ = u(() => {
    b();
    N();
    R();
    dr();
    jd();
    m_();
    g_();
    y_();
    x_();
    (hN = (t) =>
      typeof t.acquireInitialRetryToken < 'u' &&
      typeof t.refreshRetryTokenForRetry < 'u' &&
      typeof t.recordSuccess < 'u'),
      (gN = (t, e) => {
        const r = { error: t, errorType: SN(t) },
          o = S_(t.$response, e);
        return (o && (r.retryAfterHint = o), r);
      }),
      (SN = (t) =>
        tc(t) ? 'THROTTLING' : rc(t) ? 'TRANSIENT' : l_(t) ? 'SERVER_ERROR' : 'CLIENT_ERROR'),
      (yN = {
        name: 'retryMiddleware',
        tags: ['RETRY'],
        step: 'finalizeRequest',
        priority: 'high',
        override: !0,
      });
  });
var nc,
  I_ = u(() => {
    jd();
    nc = class t {
      static setTimeoutFn = (e, r) => setTimeout(e, r);
      beta;
      minCapacity;
      minFillRate;
      scaleConstant;
      smooth;
      enabled = !1;
      availableTokens = 0;
      lastMaxRate = 0;
      measuredTxRate = 0;
      requestCount = 0;
      fillRate;
      lastThrottleTime;
      lastTimestamp = 0;
      lastTxRateBucket;
      maxCapacity;
      timeWindow = 0;
      constructor(e) {
        (this.beta = e?.beta ?? 0.7),
          (this.minCapacity = e?.minCapacity ?? 1),
          (this.minFillRate = e?.minFillRate ?? 0.5),
          (this.scaleConstant = e?.scaleConstant ?? 0.4),
          (this.smooth = e?.smooth ?? 0.8),
          (this.lastThrottleTime = this.getCurrentTimeInSeconds()),
          (this.lastTxRateBucket = Math.floor(this.getCurrentTimeInSeconds())),
          (this.fillRate = this.minFillRate),
          (this.maxCapacity = this.minCapacity);
      }
      async getSendToken() {
        return this.acquireTokenBucket(1);
      }
      updateClientSendingRate(e) {
        let r;
        this.updateMeasuredRate();
        const o = e;
        if (o?.errorType === 'THROTTLING' || tc(o?.error ?? e)) {
          const i = this.enabled
            ? Math.min(this.measuredTxRate, this.fillRate)
            : this.measuredTxRate;
          (this.lastMaxRate = i),
            this.calculateTimeWindow(),
            (this.lastThrottleTime = this.getCurrentTimeInSeconds()),
            (r = this.cubicThrottle(i)),
            this.enableTokenBucket();
        } else this.calculateTimeWindow(), (r = this.cubicSuccess(this.getCurrentTimeInSeconds()));
        const s = Math.min(r, 2 * this.measuredTxRate);
        this.updateTokenBucketRate(s);
      }
      getCurrentTimeInSeconds() {
        return Date.now() / 1e3;
      }
      async acquireTokenBucket(e) {
        if (this.enabled) {
          for (this.refillTokenBucket(); e > this.availableTokens; ) {
            const r = ((e - this.availableTokens) / this.fillRate) * 1e3;
            await new Promise((o) => t.setTimeoutFn(o, r)), this.refillTokenBucket();
          }
          this.availableTokens = this.availableTokens - e;
        }
      }
      refillTokenBucket() {
        const e = this.getCurrentTimeInSeconds();
        if (!this.lastTimestamp) {
          this.lastTimestamp = e;
          return;
        }
        const r = (e - this.lastTimestamp) * this.fillRate;
        (this.availableTokens = Math.min(this.maxCapacity, this.availableTokens + r)),
          (this.lastTimestamp = e);
      }
      calculateTimeWindow() {
        this.timeWindow = this.getPrecise(
          ((this.lastMaxRate * (1 - this.beta)) / this.scaleConstant) ** (1 / 3),
        );
      }
      cubicThrottle(e) {
        return this.getPrecise(e * this.beta);
      }
      cubicSuccess(e) {
        return this.getPrecise(
          this.scaleConstant * (e - this.lastThrottleTime - this.timeWindow) ** 3 +
            this.lastMaxRate,
        );
      }
      enableTokenBucket() {
        this.enabled = !0;
      }
      updateTokenBucketRate(e) {
        this.refillTokenBucket(),
          (this.fillRate = Math.max(e, this.minFillRate)),
          (this.maxCapacity = Math.max(e, this.minCapacity)),
          (this.availableTokens = Math.min(this.availableTokens, this.maxCapacity));
      }
      updateMeasuredRate() {
        const e = this.getCurrentTimeInSeconds(),
          r = Math.floor(e * 2) / 2;
        if ((this.requestCount++, r > this.lastTxRateBucket)) {
          const o = this.requestCount / (r - this.lastTxRateBucket);
          (this.measuredTxRate = this.getPrecise(
            o * this.smooth + this.measuredTxRate * (1 - this.smooth),
          )),
            (this.requestCount = 0),
            (this.lastTxRateBucket = r);
        }
      }
      getPrecise(e) {
        return parseFloat(e.toFixed(8));
      }
    };
  });
var ct,
  sc = u(() => {
    ct = class {
      static v2026 = !0;
      static delay() {
        return 50;
      }
      static throttlingDelay() {
        return 1e3;
      }
      static cost() {
        return 14;
      }
      static throttlingCost() {
        return 5;
      }
      static modifiedCostType() {
        return 'THROTTLING';
      }
    };
  });
var ic,
  w_ = u(() => {
    sc();
    ic = class {
      x = ct.delay();
      computeNextBackoffDelay(e) {
        const n = Math.random() * Math.min(this.x * 2 ** e, 2e4);
        return Math.floor(n);
      }
      setDelayBase(e) {
        this.x = e;
      }
    };
  });
var As,
  A_ = u(() => {
    As = class {
      delay;
      count;
      cost;
      longPoll;
      $retryLog = { acquisitionDelay: 0 };
      constructor(e, r, o, n) {
        (this.delay = e), (this.count = r), (this.cost = o), (this.longPoll = n);
      }
      getRetryCount() {
        return this.count;
      }
      getRetryDelay() {
        return Math.min(2e4, this.delay);
      }
      getRetryCost() {
        return this.cost;
      }
      isLongPoll() {
        return this.longPoll;
      }
    };
  });
var ut,
  Zr,
  pt,
  bs = u(() => {
    ((t) => {
      (t.STANDARD = 'standard'), (t.ADAPTIVE = 'adaptive');
    })(ut || (ut = {}));
    (Zr = 3), (pt = ut.STANDARD);
  });
var ac,
  ko,
  qd = u(() => {
    w_();
    A_();
    bs();
    sc();
    (ac = { incompatible: 1, attempts: 2, capacity: 3 }),
      (ko = class {
        mode = ut.STANDARD;
        retryBackoffStrategy;
        capacity = 500;
        maxAttemptsProvider;
        baseDelay;
        constructor(e) {
          typeof e == 'number'
            ? (this.maxAttemptsProvider = async () => e)
            : typeof e == 'function'
              ? (this.maxAttemptsProvider = e)
              : e &&
                typeof e == 'object' &&
                ((this.maxAttemptsProvider = async () => e.maxAttempts),
                (this.baseDelay = e.baseDelay),
                (this.retryBackoffStrategy = e.backoff)),
            (this.maxAttemptsProvider ??= async () => Zr),
            (this.baseDelay ??= ct.delay()),
            (this.retryBackoffStrategy ??= new ic());
        }
        async acquireInitialRetryToken(e) {
          return new As(ct.delay(), 0, void 0, e.includes(':longpoll'));
        }
        async refreshRetryTokenForRetry(e, r) {
          const o = await this.getMaxAttempts(),
            n = this.retryCode(e, r, o),
            s = n === 0,
            i = e.isLongPoll?.();
          if (s || i) {
            const a = r.errorType;
            this.retryBackoffStrategy.setDelayBase(
              a === 'THROTTLING' ? ct.throttlingDelay() : this.baseDelay,
            );
            let c = this.retryBackoffStrategy.computeNextBackoffDelay(e.getRetryCount()),
              p = c;
            if (
              (r.retryAfterHint instanceof Date &&
                (p = Math.max(c, Math.min(r.retryAfterHint.getTime() - Date.now(), c + 5e3))),
              s)
            ) {
              const l = this.getCapacityCost(a);
              this.capacity -= l;
              const d = new As(0, e.getRetryCount() + 1, l, e.isLongPoll?.() ?? !1);
              return (
                await new Promise((m) => setTimeout(m, p)), (d.$retryLog.acquisitionDelay = p), d
              );
            } else {
              const l = n === ac.capacity && i ? p : 0;
              l > 0 && (await new Promise((d) => setTimeout(d, l)));
            }
          }
          throw new Error('No retry token available');
        }
        recordSuccess(e) {
          this.capacity = Math.min(500, this.capacity + (e.getRetryCost() ?? 1));
        }
        getCapacity() {
          return this.capacity;
        }
        async maxAttempts() {
          return this.maxAttemptsProvider();
        }
        async getMaxAttempts() {
          try {
            return await this.maxAttemptsProvider();
          } catch {
            return (
              console.warn(`Max attempts provider could not resolve. Using default of ${Zr}`), Zr
            );
          }
        }
        retryCode(e, r, o) {
          const n = e.getRetryCount() + 1,
            s = this.isRetryableError(r.errorType) ? 0 : ac.incompatible,
            i = n < o ? 0 : ac.attempts,
            a = this.capacity >= this.getCapacityCost(r.errorType) ? 0 : ac.capacity;
          return s || i || a;
        }
        getCapacityCost(e) {
          return e === ct.modifiedCostType() ? ct.throttlingCost() : ct.cost();
        }
        isRetryableError(e) {
          return e === 'THROTTLING' || e === 'TRANSIENT';
        }
      });
  });
var cc,
  b_ = u(() => {
    I_();
    qd();
    bs();
    cc = class {
      mode = ut.ADAPTIVE;
      rateLimiter;
      standardRetryStrategy;
      constructor(e, r) {
        const { rateLimiter: o } = r ?? {};
        (this.rateLimiter = o ?? new nc()),
          (this.standardRetryStrategy = r
            ? new ko({ maxAttempts: typeof e == 'number' ? e : 3, ...r })
            : new ko(e));
      }
      async acquireInitialRetryToken(e) {
        const r = await this.standardRetryStrategy.acquireInitialRetryToken(e);
        return (await this.rateLimiter.getSendToken(), r);
      }
      async refreshRetryTokenForRetry(e, r) {
        this.rateLimiter.updateClientSendingRate(r);
        const o = await this.standardRetryStrategy.refreshRetryTokenForRetry(e, r);
        return (await this.rateLimiter.getSendToken(), o);
      }
      recordSuccess(e) {
        this.rateLimiter.updateClientSendingRate({}), this.standardRetryStrategy.recordSuccess(e);
      }
      async maxAttemptsProvider() {
        return this.standardRetryStrategy.maxAttempts();
      }
    };
  });
var Yd,
  Xd,
  Jt,
  Qt,
  C_,
  R_,
  Zt,
  v_ = u(() => {
    b();
    b_();
    qd();
    bs();
    sc();
    (Yd = 'AWS_MAX_ATTEMPTS'),
      (Xd = 'max_attempts'),
      (Jt = {
        environmentVariableSelector: (t) => {
          const e = t[Yd];
          if (!e) return;
          const r = parseInt(e);
          if (Number.isNaN(r))
            throw new Error(`Environment variable ${Yd} mast be a number, got "${e}"`);
          return r;
        },
        configFileSelector: (t) => {
          const e = t[Xd];
          if (!e) return;
          const r = parseInt(e);
          if (Number.isNaN(r))
            throw new Error(`Shared config file entry ${Xd} mast be a number, got "${e}"`);
          return r;
        },
        default: Zr,
      }),
      (Qt = (t, e) => {
        let { retryStrategy: r, retryMode: o } = t,
          { defaultMaxAttempts: n = Zr, defaultBaseDelay: s = ct.delay() } = e ?? {},
          i = Y(t.maxAttempts ?? n),
          a = r ? Promise.resolve(r) : void 0,
          c = async () => {
            const p = await i();
            return (await Y(o)()) === ut.ADAPTIVE
              ? new cc(i, { maxAttempts: p, baseDelay: s })
              : new ko({ maxAttempts: p, baseDelay: s });
          };
        return Object.assign(t, { maxAttempts: i, retryStrategy: () => (a ??= c()) });
      }),
      (C_ = 'AWS_RETRY_MODE'),
      (R_ = 'retry_mode'),
      (Zt = {
        environmentVariableSelector: (t) => t[C_],
        configFileSelector: (t) => t[R_],
        default: pt,
      });
  });
var Jq,
  xr,
  gt = u(() => {
    n_();
    T_();
    bs();
    v_();
    (Jq = Wd(zd)), (xr = __(zd));
  });
async function O_(t, e, r) {
  if (
    (r.request?.headers?.['smithy-protocol'] === 'rpc-v2-cbor' &&
      tt(t, 'PROTOCOL_RPC_V2_CBOR', 'M'),
    typeof e.retryStrategy == 'function')
  ) {
    const s = await e.retryStrategy();
    if (typeof s.mode == 'string')
      switch (s.mode) {
        case ut.ADAPTIVE:
          tt(t, 'RETRY_MODE_ADAPTIVE', 'F');
          break;
        case ut.STANDARD:
          tt(t, 'RETRY_MODE_STANDARD', 'E');
          break;
      }
  }
  if (typeof e.accountIdEndpointMode == 'function') {
    const s = t.endpointV2;
    switch (
      (String(s?.url?.hostname).match(_N) && tt(t, 'ACCOUNT_ID_ENDPOINT', 'O'),
      await e.accountIdEndpointMode?.())
    ) {
      case 'disabled':
        tt(t, 'ACCOUNT_ID_MODE_DISABLED', 'Q');
        break;
      case 'preferred':
        tt(t, 'ACCOUNT_ID_MODE_PREFERRED', 'P');
        break;
      case 'required':
        tt(t, 'ACCOUNT_ID_MODE_REQUIRED', 'R');
        break;
    }
  }
  const n = t.__smithy_context?.selectedHttpAuthScheme?.identity;
  if (n?.$source) {
    const s = n;
    s.accountId && tt(t, 'RESOLVED_ACCOUNT_ID', 'T');
    for (const [i, a] of Object.entries(s.$source ?? {})) tt(t, i, a);
  }
}
var _N,
  D_ = u(() => {
    gt();
    qp();
    _N = /\d{12}\.ddb/;
  });
var Jd,
  uc,
  P_,
  N_,
  k_ = u(() => {
    (Jd = 'user-agent'),
      (uc = 'x-amz-user-agent'),
      (P_ = /[^!$%&'*+\-.^_`|~\w]/g),
      (N_ = /[^!$%&'*+\-.^_`|~\w#]/g);
  });
function L_(t) {
  let e = '';
  for (const r in t) {
    const o = t[r];
    if (e.length + o.length + 1 <= 1024) {
      e.length ? (e += ',' + o) : (e += o);
      continue;
    }
    break;
  }
  return e;
}
var M_ = u(() => {});
var B_,
  pc,
  F_,
  er,
  V_ = u(() => {
    N();
    Kd();
    D_();
    k_();
    M_();
    (B_ = (t) => (e, r) => async (o) => {
      const { request: n } = o;
      if (!F.isInstance(n)) return e(o);
      const { headers: s } = n,
        i = r?.userAgent?.map(pc) || [],
        a = (await t.defaultUserAgentProvider()).map(pc);
      await O_(r, t, o);
      const c = r;
      a.push(
        `m/${L_(Object.assign({}, r.__smithy_context?.features, c.__aws_sdk_context?.features))}`,
      );
      const p = t?.customUserAgent?.map(pc) || [],
        l = await t.userAgentAppId();
      l && a.push(pc(['app', `${l}`]));
      const d = o_(),
        m = (d ? [d] : []).concat([...a, ...i, ...p]).join(' '),
        f = [...a.filter((h) => h.startsWith('aws-sdk-')), ...p].join(' ');
      return (
        t.runtime !== 'browser'
          ? (f && (s[uc] = s[uc] ? `${s[Jd]} ${f}` : f), (s[Jd] = m))
          : (s[uc] = m),
        e({ ...o, request: n })
      );
    }),
      (pc = (t) => {
        let e = t[0]
            .split('/')
            .map((i) => i.replace(P_, '-'))
            .join('/'),
          r = t[1]?.replace(N_, '-'),
          o = e.indexOf('/'),
          n = e.substring(0, o),
          s = e.substring(o + 1);
        return (
          n === 'api' && (s = s.toLowerCase()),
          [n, s, r]
            .filter((i) => i && i.length > 0)
            .reduce((i, a, c) => {
              switch (c) {
                case 0:
                  return a;
                case 1:
                  return `${i}/${a}`;
                default:
                  return `${i}#${a}`;
              }
            }, '')
        );
      }),
      (F_ = {
        name: 'getUserAgentMiddleware',
        step: 'build',
        priority: 'low',
        tags: ['SET_USER_AGENT', 'USER_AGENT'],
        override: !0,
      }),
      (er = (t) => ({
        applyToStack: (e) => {
          e.add(B_(t), F_);
        },
      }));
  });

import { versions as Zd } from 'node:process';

var H_,
  G_ = u(() => {
    H_ = () => {
      const t = ['deno', 'bun', 'llrt'];
      for (const e of t) if (Zd[e]) return [`md/${e}`, Zd[e]];
      return ['md/nodejs', Zd.node];
    };
  });
var em,
  K_ = u(() => {
    em = { isCrtAvailable: !1 };
  });
var z_,
  j_ = u(() => {
    K_();
    z_ = () => (em.isCrtAvailable ? ['md/crt-avail'] : null);
  });

import { release as IN, platform as TN } from 'node:os';
import { env as W_ } from 'node:process';

var tr,
  q_ = u(() => {
    G_();
    j_();
    tr = ({ serviceId: t, clientVersion: e }) => {
      const r = H_();
      return async (o) => {
        const n = [['aws-sdk-js', e], ['ua', '2.1'], [`os/${TN()}`, IN()], ['lang/js'], r],
          s = z_();
        s && n.push(s),
          t && n.push([`api/${t}`, e]),
          W_.AWS_EXECUTION_ENV && n.push([`exec-env/${W_.AWS_EXECUTION_ENV}`]);
        const i = await o?.userAgentAppId?.();
        return i ? [...n, [`app/${i}`]] : [...n];
      };
    };
  });
var Y_,
  X_,
  wN,
  rr,
  J_ = u(() => {
    Gd();
    (Y_ = 'AWS_SDK_UA_APP_ID'),
      (X_ = 'sdk_ua_app_id'),
      (wN = 'sdk-ua-app-id'),
      (rr = {
        environmentVariableSelector: (t) => t[Y_],
        configFileSelector: (t) => t[X_] ?? t[wN],
        default: ec,
      });
  });
var Q_ = u(() => {
  ee();
});
var tm,
  Z_ = u(() => {
    ee();
    Q_();
    tm = (t, e = !1) => {
      if (e) {
        for (const r of t.split('.')) if (!tm(r)) return !1;
        return !0;
      }
      return !(!mr(t) || t.length < 3 || t.length > 63 || t !== t.toLowerCase() || rn(t));
    };
  });
var eT,
  tT = u(() => {
    eT = (t) => {
      const e = t.split(':');
      if (e.length < 6) return null;
      const [r, o, n, s, i, ...a] = e;
      if (r !== 'arn' || o === '' || n === '' || a.join(':') === '') return null;
      const c = a.flatMap((p) => p.split('/'));
      return { partition: o, service: n, region: s, accountId: i, resourceId: c };
    };
  });
var St,
  rT = u(() => {
    ee();
    Z_();
    tT();
    Kd();
    St = { isVirtualHostableS3Bucket: tm, parseArn: eT, partition: r_ };
    Be.aws = St;
  });
function rm(t = {}) {
  return I(
    {
      ...$e,
      async default() {
        return (
          oT.silence ||
            console.warn(
              '@aws-sdk - WARN - default STS region of us-east-1 used. See @aws-sdk/credential-providers README and set a region explicitly.',
            ),
          'us-east-1'
        );
      },
    },
    { ...st, ...t },
  );
}
var oT,
  nT = u(() => {
    D();
    oT = { silence: !1 };
  });
var or,
  nr,
  sT = u(() => {
    (or = (t) => ({
      setRegion(e) {
        t.region = e;
      },
      region() {
        return t.region;
      },
    })),
      (nr = (t) => ({ region: t.region() }));
  });
var k = u(() => {
  $g();
  Bg();
  qp();
  Fg();
  Rx();
  Dx();
  $x();
  Gd();
  V_();
  q_();
  J_();
  rT();
  nT();
  sT();
});
var uT = Mn((t7, cT) => {
  function Pr(t) {
    Object.defineProperty(this, '_next', { writable: !1, enumerable: !1, value: t }),
      (this.done = !1);
  }
  Pr.prototype.next = function () {
    if (this.done) return { done: !0 };
    var t = this._next();
    return (t.done && (this.done = !0), t);
  };
  typeof Symbol < 'u' &&
    (Pr.prototype[Symbol.iterator] = function () {
      return this;
    });
  Pr.of = function () {
    var t = arguments,
      e = t.length,
      r = 0;
    return new Pr(() => (r >= e ? { done: !0 } : { done: !1, value: t[r++] }));
  };
  Pr.empty = () => {
    var t = new Pr(null);
    return ((t.done = !0), t);
  };
  Pr.is = (t) =>
    t instanceof Pr ? !0 : typeof t == 'object' && t !== null && typeof t.next == 'function';
  cT.exports = Pr;
});
var sm = Mn((r7, mT) => {
  var pT = typeof ArrayBuffer < 'u',
    lT = typeof Symbol < 'u';
  function dT(t, e) {
    var r, o, n, s, i;
    if (!t) throw new Error('obliterator/forEach: invalid iterable.');
    if (typeof e != 'function') throw new Error('obliterator/forEach: expecting a callback.');
    if (
      Array.isArray(t) ||
      (pT && ArrayBuffer.isView(t)) ||
      typeof t == 'string' ||
      t.toString() === '[object Arguments]'
    ) {
      for (n = 0, s = t.length; n < s; n++) e(t[n], n);
      return;
    }
    if (typeof t.forEach == 'function') {
      t.forEach(e);
      return;
    }
    if (
      (lT && Symbol.iterator in t && typeof t.next != 'function' && (t = t[Symbol.iterator]()),
      typeof t.next == 'function')
    ) {
      for (r = t, n = 0; (i = r.next()), i.done !== !0; ) e(i.value, n), n++;
      return;
    }
    for (o in t) Object.hasOwn(t, o) && e(t[o], o);
  }
  dT.forEachWithNullKeys = (t, e) => {
    var r, o, n, s, i;
    if (!t) throw new Error('obliterator/forEachWithNullKeys: invalid iterable.');
    if (typeof e != 'function')
      throw new Error('obliterator/forEachWithNullKeys: expecting a callback.');
    if (
      Array.isArray(t) ||
      (pT && ArrayBuffer.isView(t)) ||
      typeof t == 'string' ||
      t.toString() === '[object Arguments]'
    ) {
      for (n = 0, s = t.length; n < s; n++) e(t[n], null);
      return;
    }
    if (t instanceof Set) {
      t.forEach((a) => {
        e(a, null);
      });
      return;
    }
    if (typeof t.forEach == 'function') {
      t.forEach(e);
      return;
    }
    if (
      (lT && Symbol.iterator in t && typeof t.next != 'function' && (t = t[Symbol.iterator]()),
      typeof t.next == 'function')
    ) {
      for (r = t, n = 0; (i = r.next()), i.done !== !0; ) e(i.value, null), n++;
      return;
    }
    for (o in t) Object.hasOwn(t, o) && e(t[o], o);
  };
  mT.exports = dT;
});
var im = Mn((_r) => {
  var AN = 2 ** 8 - 1,
    bN = 2 ** 16 - 1,
    CN = 2 ** 32 - 1,
    RN = 2 ** 7 - 1,
    vN = 2 ** 15 - 1,
    ON = 2 ** 31 - 1;
  _r.getPointerArray = (t) => {
    var e = t - 1;
    return e <= AN ? Uint8Array : e <= bN ? Uint16Array : e <= CN ? Uint32Array : Float64Array;
  };
  _r.getSignedPointerArray = (t) => {
    var e = t - 1;
    return e <= RN ? Int8Array : e <= vN ? Int16Array : e <= ON ? Int32Array : Float64Array;
  };
  _r.getNumberType = (t) =>
    t === (t | 0)
      ? Math.sign(t) === -1
        ? t <= 127 && t >= -128
          ? Int8Array
          : t <= 32767 && t >= -32768
            ? Int16Array
            : Int32Array
        : t <= 255
          ? Uint8Array
          : t <= 65535
            ? Uint16Array
            : Uint32Array
      : Float64Array;
  var DN = {
    Uint8Array: 1,
    Int8Array: 2,
    Uint16Array: 3,
    Int16Array: 4,
    Uint32Array: 5,
    Int32Array: 6,
    Float32Array: 7,
    Float64Array: 8,
  };
  _r.getMinimalRepresentation = (t, e) => {
    var r = null,
      o = 0,
      n,
      s,
      i,
      a,
      c;
    for (a = 0, c = t.length; a < c; a++)
      (i = e ? e(t[a]) : t[a]),
        (s = _r.getNumberType(i)),
        (n = DN[s.name]),
        n > o && ((o = n), (r = s));
    return r;
  };
  _r.isTypedArray = (t) => typeof ArrayBuffer < 'u' && ArrayBuffer.isView(t);
  _r.concat = function () {
    var t = 0,
      e,
      r,
      o;
    for (e = 0, o = arguments.length; e < o; e++) t += arguments[e].length;
    var n = new arguments[0].constructor(t);
    for (e = 0, r = 0; e < o; e++) n.set(arguments[e], r), (r += arguments[e].length);
    return n;
  };
  _r.indices = (t) => {
    for (var e = _r.getPointerArray(t), r = new e(t), o = 0; o < t; o++) r[o] = o;
    return r;
  };
});
var gT = Mn((Rs) => {
  var fT = sm(),
    hT = im();
  function PN(t) {
    return Array.isArray(t) || hT.isTypedArray(t);
  }
  function am(t) {
    if (typeof t.length == 'number') return t.length;
    if (typeof t.size == 'number') return t.size;
  }
  function NN(t) {
    var e = am(t),
      r = typeof e == 'number' ? new Array(e) : [],
      o = 0;
    return (
      fT(t, (n) => {
        r[o++] = n;
      }),
      r
    );
  }
  function kN(t) {
    var e = am(t),
      r = typeof e == 'number' ? hT.getPointerArray(e) : Array,
      o = typeof e == 'number' ? new Array(e) : [],
      n = typeof e == 'number' ? new r(e) : [],
      s = 0;
    return (
      fT(t, (i) => {
        (o[s] = i), (n[s] = s++);
      }),
      [o, n]
    );
  }
  Rs.isArrayLike = PN;
  Rs.guessLength = am;
  Rs.toArray = NN;
  Rs.toArrayWithIndices = kN;
});
var yT = Mn((s7, ST) => {
  var cm = uT(),
    LN = sm(),
    MN = im(),
    UN = gT();
  function pe(t, e, r) {
    if (
      (arguments.length < 2 && ((r = t), (t = null), (e = null)),
      (this.capacity = r),
      typeof this.capacity != 'number' || this.capacity <= 0)
    )
      throw new Error('mnemonist/lru-cache: capacity should be positive number.');
    var o = MN.getPointerArray(r);
    (this.forward = new o(r)),
      (this.backward = new o(r)),
      (this.K = typeof t == 'function' ? new t(r) : new Array(r)),
      (this.V = typeof e == 'function' ? new e(r) : new Array(r)),
      (this.size = 0),
      (this.head = 0),
      (this.tail = 0),
      (this.items = {});
  }
  pe.prototype.clear = function () {
    (this.size = 0), (this.head = 0), (this.tail = 0), (this.items = {});
  };
  pe.prototype.splayOnTop = function (t) {
    var e = this.head;
    if (this.head === t) return this;
    var r = this.backward[t],
      o = this.forward[t];
    return (
      this.tail === t ? (this.tail = r) : (this.backward[o] = r),
      (this.forward[r] = o),
      (this.backward[e] = t),
      (this.head = t),
      (this.forward[t] = e),
      this
    );
  };
  pe.prototype.set = function (t, e) {
    var r = this.items[t];
    if (typeof r < 'u') {
      this.splayOnTop(r), (this.V[r] = e);
      return;
    }
    this.size < this.capacity
      ? (r = this.size++)
      : ((r = this.tail), (this.tail = this.backward[r]), delete this.items[this.K[r]]),
      (this.items[t] = r),
      (this.K[r] = t),
      (this.V[r] = e),
      (this.forward[r] = this.head),
      (this.backward[this.head] = r),
      (this.head = r);
  };
  pe.prototype.setpop = function (t, e) {
    var r = null,
      o = null,
      n = this.items[t];
    return typeof n < 'u'
      ? (this.splayOnTop(n), (r = this.V[n]), (this.V[n] = e), { evicted: !1, key: t, value: r })
      : (this.size < this.capacity
          ? (n = this.size++)
          : ((n = this.tail),
            (this.tail = this.backward[n]),
            (r = this.V[n]),
            (o = this.K[n]),
            delete this.items[this.K[n]]),
        (this.items[t] = n),
        (this.K[n] = t),
        (this.V[n] = e),
        (this.forward[n] = this.head),
        (this.backward[this.head] = n),
        (this.head = n),
        o ? { evicted: !0, key: o, value: r } : null);
  };
  pe.prototype.has = function (t) {
    return t in this.items;
  };
  pe.prototype.get = function (t) {
    var e = this.items[t];
    if (!(typeof e > 'u')) return (this.splayOnTop(e), this.V[e]);
  };
  pe.prototype.peek = function (t) {
    var e = this.items[t];
    if (!(typeof e > 'u')) return this.V[e];
  };
  pe.prototype.forEach = function (t, e) {
    e = arguments.length > 1 ? e : this;
    for (var r = 0, o = this.size, n = this.head, s = this.K, i = this.V, a = this.forward; r < o; )
      t.call(e, i[n], s[n], this), (n = a[n]), r++;
  };
  pe.prototype.keys = function () {
    var t = 0,
      e = this.size,
      r = this.head,
      o = this.K,
      n = this.forward;
    return new cm(() => {
      if (t >= e) return { done: !0 };
      var s = o[r];
      return (t++, t < e && (r = n[r]), { done: !1, value: s });
    });
  };
  pe.prototype.values = function () {
    var t = 0,
      e = this.size,
      r = this.head,
      o = this.V,
      n = this.forward;
    return new cm(() => {
      if (t >= e) return { done: !0 };
      var s = o[r];
      return (t++, t < e && (r = n[r]), { done: !1, value: s });
    });
  };
  pe.prototype.entries = function () {
    var t = 0,
      e = this.size,
      r = this.head,
      o = this.K,
      n = this.V,
      s = this.forward;
    return new cm(() => {
      if (t >= e) return { done: !0 };
      var i = o[r],
        a = n[r];
      return (t++, t < e && (r = s[r]), { done: !1, value: [i, a] });
    });
  };
  typeof Symbol < 'u' && (pe.prototype[Symbol.iterator] = pe.prototype.entries);
  pe.prototype.inspect = function () {
    for (var t = new Map(), e = this.entries(), r; (r = e.next()), !r.done; )
      t.set(r.value[0], r.value[1]);
    return (Object.defineProperty(t, 'constructor', { value: pe, enumerable: !1 }), t);
  };
  typeof Symbol < 'u' &&
    (pe.prototype[Symbol.for('nodejs.util.inspect.custom')] = pe.prototype.inspect);
  pe.from = function (t, e, r, o) {
    if (arguments.length < 2) {
      if (((o = UN.guessLength(t)), typeof o != 'number'))
        throw new Error(
          'mnemonist/lru-cache.from: could not guess iterable length. Please provide desired capacity as last argument.',
        );
    } else arguments.length === 2 && ((o = e), (e = null), (r = null));
    var n = new pe(e, r, o);
    return (
      LN(t, (s, i) => {
        n.set(i, s);
      }),
      n
    );
  };
  ST.exports = pe;
});
var lc,
  dc,
  xT = u(() => {
    N();
    (lc = (t) => (ke.isInstance(t) ? (t.headers?.date ?? t.headers?.Date) : void 0)),
      (dc = (t) => (ke.isInstance(t) ? (t.headers?.age ?? t.headers?.Age) : void 0));
  });
var Os,
  _T = u(() => {
    Os = (t) => new Date(Date.now() + t);
  });
var mc,
  TT = u(() => {
    mc = (t, e, r, o) => {
      if (o !== void 0) return e;
      const n = Date.parse(t);
      if (Number.isNaN(n)) return e;
      const s = Date.now();
      return r !== void 0 && s - r > 9e5 ? e : n - s;
    };
  });
var pm = u(() => {
  xT();
  _T();
  TT();
});
var Ds,
  $N,
  Ps,
  ge,
  lm = u(() => {
    N();
    dr();
    pm();
    (Ds = (t, e) => {
      if (!e) throw new Error(`Property \`${t}\` is not resolved for AWS SDK SigV4Auth`);
      return e;
    }),
      ($N = (t) => t.context?.[bt]?.eventStream?.output === !0),
      (Ps = async (t) => {
        const e = Ds('context', t.context),
          r = Ds('config', t.config),
          o = e.endpointV2?.properties?.authSchemes?.[0],
          s = await Ds('signer', r.signer)(o),
          i = t?.signingRegion,
          a = t?.signingRegionSet,
          c = t?.signingName;
        return { config: r, signer: s, signingRegion: i, signingRegionSet: a, signingName: c };
      }),
      (ge = class {
        async sign(e, r, o) {
          if (!F.isInstance(e))
            throw new Error('The request is not an instance of `HttpRequest` and cannot be signed');
          let n = await Ps(o),
            { config: s, signer: i } = n,
            { signingRegion: a, signingName: c } = n,
            p = o.context;
          if (p?.authSchemes?.length ?? !1) {
            const [f, h] = p.authSchemes;
            f?.name === 'sigv4a' &&
              h?.name === 'sigv4' &&
              ((a = h?.signingRegion ?? a), (c = h?.signingName ?? c));
          }
          const l = (await s.disableClockSkewCorrection?.()) === !0;
          o._disableClockSkewCorrection = l;
          const d = l || $N(o);
          return (
            (o._skipClockSkewSampling = d),
            d ||
              ((o._preRequestSystemClockOffset = s.systemClockOffset),
              (o._requestSentAt = Date.now())),
            await i.sign(e, {
              signingDate: l ? new Date() : Os(s.systemClockOffset),
              signingRegion: a,
              signingService: c,
            })
          );
        }
        errorHandler(e) {
          return (r) => {
            const o = r;
            if (!e._skipClockSkewSampling && !e._disableClockSkewCorrection) {
              const n = o.ServerTime ?? lc(o.$response);
              if (n) {
                const s = Ds('config', e.config),
                  i = e._preRequestSystemClockOffset,
                  a = e._requestSentAt,
                  c = dc(o.$response),
                  p = mc(n, s.systemClockOffset, a, c);
                (s.systemClockOffset = p),
                  Math.abs(p) >= 24e4 &&
                    (p !== i || (i !== void 0 && i !== p)) &&
                    o.$metadata &&
                    (o.$metadata.clockSkewCorrected = !0);
              }
            }
            throw r;
          };
        }
        successHandler(e, r) {
          if (r._skipClockSkewSampling || r._disableClockSkewCorrection) return;
          const o = lc(e);
          if (o) {
            const n = Ds('config', r.config),
              s = r._requestSentAt,
              i = dc(e);
            n.systemClockOffset = mc(o, n.systemClockOffset, s, i);
          }
        }
      });
  });
var eo,
  IT = u(() => {
    N();
    pm();
    lm();
    eo = class extends ge {
      async sign(e, r, o) {
        if (!F.isInstance(e))
          throw new Error('The request is not an instance of `HttpRequest` and cannot be signed');
        const {
            config: n,
            signer: s,
            signingRegion: i,
            signingRegionSet: a,
            signingName: c,
          } = await Ps(o),
          l = ((await n.sigv4aSigningRegionSet?.()) ?? a ?? [i]).join(','),
          d = (await n.disableClockSkewCorrection?.()) === !0;
        return (
          (o._disableClockSkewCorrection = d),
          d ||
            ((o._preRequestSystemClockOffset = n.systemClockOffset),
            (o._requestSentAt = Date.now())),
          await s.sign(e, {
            signingDate: d ? new Date() : Os(n.systemClockOffset),
            signingRegion: l,
            signingService: c,
          })
        );
      }
    };
  });
var dm,
  wT = u(() => {
    dm = (t) => (typeof t == 'string' && t.length > 0 ? t.split(',').map((e) => e.trim()) : []);
  });
var AT,
  bT = u(() => {
    AT = (t) => `AWS_BEARER_TOKEN_${t.replace(/[\s-]/g, '_').toUpperCase()}`;
  });
var CT,
  RT,
  yt,
  vT = u(() => {
    wT();
    bT();
    (CT = 'AWS_AUTH_SCHEME_PREFERENCE'),
      (RT = 'auth_scheme_preference'),
      (yt = {
        environmentVariableSelector: (t, e) => {
          if (e?.signingName && AT(e.signingName) in t) return ['httpBearerAuth'];
          if (CT in t) return dm(t[CT]);
        },
        configFileSelector: (t) => {
          if (RT in t) return dm(t[RT]);
        },
        default: [],
      });
  });
var fc,
  hc,
  OT = u(() => {
    ve();
    D();
    (fc = (t) => ((t.sigv4aSigningRegionSet = Yt(t.sigv4aSigningRegionSet)), t)),
      (hc = {
        environmentVariableSelector(t) {
          if (t.AWS_SIGV4A_SIGNING_REGION_SET)
            return t.AWS_SIGV4A_SIGNING_REGION_SET.split(',').map((e) => e.trim());
          throw new Ce('AWS_SIGV4A_SIGNING_REGION_SET not set in env.', { tryNextLink: !0 });
        },
        configFileSelector(t) {
          if (t.sigv4a_signing_region_set)
            return (t.sigv4a_signing_region_set ?? '').split(',').map((e) => e.trim());
          throw new Ce('sigv4a_signing_region_set not set in profile.', { tryNextLink: !0 });
        },
        default: void 0,
      });
  });
function PT(t) {
  for (let e = 0; e < 8; e++) t[e] ^= 255;
  for (let e = 7; e > -1 && (t[e]++, t[e] === 0); e--);
}
var gc,
  DT,
  BN,
  mm,
  NT = u(() => {
    R();
    R();
    gc = class {
      format(e) {
        const r = [];
        for (const s in e) {
          if (!A(e, s)) continue;
          const i = re(s);
          r.push(Uint8Array.from([i.byteLength]), i, this.formatHeaderValue(e[s]));
        }
        let o = new Uint8Array(r.reduce((s, i) => s + i.byteLength, 0)),
          n = 0;
        for (const s of r) o.set(s, n), (n += s.byteLength);
        return o;
      }
      formatHeaderValue(e) {
        switch (e.type) {
          case 'boolean':
            return Uint8Array.from([e.value ? 0 : 1]);
          case 'byte':
            return Uint8Array.from([2, e.value]);
          case 'short': {
            const r = new DataView(new ArrayBuffer(3));
            return (r.setUint8(0, 3), r.setInt16(1, e.value, !1), new Uint8Array(r.buffer));
          }
          case 'integer': {
            const o = new DataView(new ArrayBuffer(5));
            return (o.setUint8(0, 4), o.setInt32(1, e.value, !1), new Uint8Array(o.buffer));
          }
          case 'long': {
            const n = new Uint8Array(9);
            return ((n[0] = 5), n.set(e.value.bytes, 1), n);
          }
          case 'binary': {
            const s = new DataView(new ArrayBuffer(3 + e.value.byteLength));
            s.setUint8(0, 6), s.setUint16(1, e.value.byteLength, !1);
            const i = new Uint8Array(s.buffer);
            return (i.set(e.value, 3), i);
          }
          case 'string': {
            const a = re(e.value),
              c = new DataView(new ArrayBuffer(3 + a.byteLength));
            c.setUint8(0, 7), c.setUint16(1, a.byteLength, !1);
            const p = new Uint8Array(c.buffer);
            return (p.set(a, 3), p);
          }
          case 'timestamp': {
            const l = new Uint8Array(9);
            return ((l[0] = 8), l.set(mm.fromNumber(e.value.valueOf()).bytes, 1), l);
          }
          case 'uuid': {
            if (!BN.test(e.value)) throw new Error(`Invalid UUID received: ${e.value}`);
            const d = new Uint8Array(17);
            return ((d[0] = 9), d.set(Zn(e.value.replace(/-/g, '')), 1), d);
          }
        }
      }
    };
    ((t) => {
      (t[(t.boolTrue = 0)] = 'boolTrue'),
        (t[(t.boolFalse = 1)] = 'boolFalse'),
        (t[(t.byte = 2)] = 'byte'),
        (t[(t.short = 3)] = 'short'),
        (t[(t.integer = 4)] = 'integer'),
        (t[(t.long = 5)] = 'long'),
        (t[(t.byteArray = 6)] = 'byteArray'),
        (t[(t.string = 7)] = 'string'),
        (t[(t.timestamp = 8)] = 'timestamp'),
        (t[(t.uuid = 9)] = 'uuid');
    })(DT || (DT = {}));
    (BN = /^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/),
      (mm = class t {
        bytes;
        constructor(e) {
          if (((this.bytes = e), e.byteLength !== 8))
            throw new Error('Int64 buffers must be exactly 8 bytes');
        }
        static fromNumber(e) {
          if (e > 9223372036854776e3 || e < -9223372036854776e3)
            throw new Error(
              `${e} is too large (or, if negative, too small) to represent as an Int64`,
            );
          const r = new Uint8Array(8);
          for (let o = 7, n = Math.abs(Math.round(e)); o > -1 && n > 0; o--, n /= 256) r[o] = n;
          return (e < 0 && PT(r), new t(r));
        }
        valueOf() {
          const e = this.bytes.slice(0),
            r = e[0] & 128;
          return (r && PT(e), parseInt(oe(e), 16) * (r ? -1 : 1));
        }
        toString() {
          return String(this.valueOf());
        }
      });
  });
var kT,
  LT,
  fm,
  MT,
  UT,
  hm,
  gm,
  Sm,
  ym,
  FN,
  $T,
  BT,
  Ns,
  FT,
  VT,
  HT,
  GT,
  Sc,
  KT,
  zT,
  jT,
  Em,
  WT,
  Lo = u(() => {
    (kT = 'X-Amz-Algorithm'),
      (LT = 'X-Amz-Credential'),
      (fm = 'X-Amz-Date'),
      (MT = 'X-Amz-SignedHeaders'),
      (UT = 'X-Amz-Expires'),
      (hm = 'X-Amz-Signature'),
      (gm = 'X-Amz-Security-Token'),
      (Sm = 'authorization'),
      (ym = fm.toLowerCase()),
      (FN = 'date'),
      ($T = [Sm, ym, FN]),
      (BT = hm.toLowerCase()),
      (Ns = 'x-amz-content-sha256'),
      (FT = gm.toLowerCase()),
      (VT = {
        authorization: !0,
        'cache-control': !0,
        connection: !0,
        expect: !0,
        from: !0,
        'keep-alive': !0,
        'max-forwards': !0,
        pragma: !0,
        referer: !0,
        te: !0,
        trailer: !0,
        'transfer-encoding': !0,
        upgrade: !0,
        'user-agent': !0,
        'x-amzn-trace-id': !0,
      }),
      (HT = /^proxy-/),
      (GT = /^sec-/),
      (Sc = 'AWS4-HMAC-SHA256'),
      (KT = 'AWS4-HMAC-SHA256-PAYLOAD'),
      (zT = 'UNSIGNED-PAYLOAD'),
      (jT = 50),
      (Em = 'aws4_request'),
      (WT = 3600 * 24 * 7);
  });
var qT,
  YT = u(() => {
    R();
    N();
    Lo();
    qT = ({ query: t = {} }) => {
      const e = [],
        r = {};
      for (const o in t) {
        if (!A(t, o) || o.toLowerCase() === BT) continue;
        const n = zt(o);
        e.push(n);
        const s = t[o];
        typeof s == 'string'
          ? (r[n] = `${n}=${zt(s)}`)
          : Array.isArray(s) &&
            (r[n] = s
              .slice(0)
              .reduce((i, a) => i.concat([`${n}=${zt(a)}`]), [])
              .sort()
              .join('&'));
      }
      return e
        .sort()
        .map((o) => r[o])
        .filter((o) => o)
        .join('&');
    };
  });
var XT,
  VN,
  JT = u(() => {
    (XT = (t) =>
      VN(t)
        .toISOString()
        .replace(/\.\d{3}Z$/, 'Z')),
      (VN = (t) =>
        typeof t == 'number'
          ? new Date(t * 1e3)
          : typeof t == 'string'
            ? Number(t)
              ? new Date(Number(t) * 1e3)
              : new Date(t)
            : t);
  });
var yc,
  QT = u(() => {
    b();
    N();
    R();
    YT();
    JT();
    yc = class {
      service;
      regionProvider;
      credentialProvider;
      sha256;
      uriEscapePath;
      applyChecksum;
      constructor({
        applyChecksum: e,
        credentials: r,
        region: o,
        service: n,
        sha256: s,
        uriEscapePath: i = !0,
      }) {
        (this.service = n),
          (this.sha256 = s),
          (this.uriEscapePath = i),
          (this.applyChecksum = typeof e == 'boolean' ? e : !0),
          (this.regionProvider = Y(o)),
          (this.credentialProvider = Y(r));
      }
      createCanonicalRequest(e, r, o) {
        const n = Object.keys(r).sort();
        return `${e.method}
${this.getCanonicalPath(e)}
${qT(e)}
${n
  .map((s) => `${s}:${r[s]}`)
  .join(`
`)}

${n.join(';')}
${o}`;
      }
      async createStringToSign(e, r, o, n) {
        const s = new this.sha256();
        s.update(rt(o));
        const i = await s.digest();
        return `${n}
${e}
${r}
${oe(i)}`;
      }
      getCanonicalPath({ path: e }) {
        if (this.uriEscapePath) {
          const r = [];
          for (const s of e.split('/'))
            s?.length !== 0 && s !== '.' && (s === '..' ? r.pop() : r.push(s));
          const o = `${e?.startsWith('/') ? '/' : ''}${r.join('/')}${r.length > 0 && e?.endsWith('/') ? '/' : ''}`;
          return zt(o).replace(/%2F/g, '/');
        }
        return e;
      }
      validateResolvedCredentials(e) {
        if (
          typeof e != 'object' ||
          typeof e.accessKeyId != 'string' ||
          typeof e.secretAccessKey != 'string'
        )
          throw new Error('Resolved credential object is not valid');
      }
      formatDate(e) {
        const r = XT(e).replace(/[-:]/g, '');
        return { longDate: r, shortDate: r.slice(0, 8) };
      }
      getCanonicalHeaderList(e) {
        return Object.keys(e).sort().join(';');
      }
    };
  });
var Ec,
  xm,
  xc,
  eI,
  ZT,
  tI = u(() => {
    R();
    Lo();
    (Ec = {}),
      (xm = []),
      (xc = (t, e, r) => `${t}/${e}/${r}/${Em}`),
      (eI = async (t, e, r, o, n) => {
        const s = await ZT(t, e.secretAccessKey, e.accessKeyId),
          i = `${r}:${o}:${n}:${oe(s)}:${e.sessionToken}`;
        if (i in Ec) return Ec[i];
        for (xm.push(i); xm.length > jT; ) delete Ec[xm.shift()];
        let a = `AWS4${e.secretAccessKey}`;
        for (const c of [r, o, n, Em]) a = await ZT(t, a, c);
        return (Ec[i] = a);
      }),
      (ZT = (t, e, r) => {
        const o = new t(e);
        return (o.update(rt(r)), o.digest());
      });
  });
var _m,
  rI = u(() => {
    R();
    Lo();
    _m = ({ headers: t }, e, r) => {
      const o = {};
      for (const n of Object.keys(t).sort()) {
        if (t[n] == null) continue;
        const s = n.toLowerCase();
        ((A(VT, s) || e?.has(s) || HT.test(s) || GT.test(s)) && (!r || (r && !r.has(s)))) ||
          (s === '__proto__' && Dr(o),
          (o[s] = t[n]
            .replace(/[\r\n]/g, ' ')
            .replace(/[ \t]+/g, ' ')
            .replace(/^ | $/g, '')));
      }
      return o;
    };
  });
var _c,
  oI = u(() => {
    R();
    R();
    Lo();
    _c = async ({ headers: t, body: e }, r) => {
      for (const o in t) if (A(t, o) && o.toLowerCase() === Ns) return t[o];
      if (e == null) return 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
      if (typeof e == 'string' || ArrayBuffer.isView(e) || Yn(e)) {
        const o = new r();
        return (o.update(rt(e)), oe(await o.digest()));
      }
      return zT;
    };
  });
var nI,
  sI = u(() => {
    R();
    nI = (t, e) => {
      t = t.toLowerCase();
      for (const r in e) if (A(e, r) && t === r.toLowerCase()) return !0;
      return !1;
    };
  });
var iI,
  aI = u(() => {
    R();
    N();
    iI = (t, e = {}) => {
      const { headers: r, query: o = {} } = F.clone(t);
      for (const n in r) {
        if (!A(r, n)) continue;
        const s = n.toLowerCase();
        ((s.slice(0, 6) === 'x-amz-' && !e.unhoistableHeaders?.has(s)) ||
          e.hoistableHeaders?.has(s)) &&
          ((o[n] = r[n]), delete r[n]);
      }
      return { ...t, headers: r, query: o };
    };
  });
var Tm,
  cI = u(() => {
    R();
    N();
    Lo();
    Tm = (t) => {
      t = F.clone(t);
      for (const e in t.headers)
        A(t.headers, e) && $T.indexOf(e.toLowerCase()) > -1 && delete t.headers[e];
      return t;
    };
  });
var to,
  uI = u(() => {
    R();
    NT();
    QT();
    Lo();
    tI();
    rI();
    oI();
    sI();
    aI();
    cI();
    to = class extends yc {
      headerFormatter = new gc();
      constructor({
        applyChecksum: e,
        credentials: r,
        region: o,
        service: n,
        sha256: s,
        uriEscapePath: i = !0,
      }) {
        super({
          applyChecksum: e,
          credentials: r,
          region: o,
          service: n,
          sha256: s,
          uriEscapePath: i,
        });
      }
      async presign(e, r = {}) {
        const {
            signingDate: o = new Date(),
            expiresIn: n = 3600,
            unsignableHeaders: s,
            unhoistableHeaders: i,
            signableHeaders: a,
            hoistableHeaders: c,
            signingRegion: p,
            signingService: l,
          } = r,
          d = await this.credentialProvider();
        this.validateResolvedCredentials(d);
        const m = p ?? (await this.regionProvider()),
          { longDate: f, shortDate: h } = this.formatDate(o);
        if (n > WT)
          return Promise.reject(
            'Signature version 4 presigned URLs must have an expiration date less than one week in the future',
          );
        const S = xc(h, m, l ?? this.service),
          g = iI(Tm(e), { unhoistableHeaders: i, hoistableHeaders: c });
        d.sessionToken && (g.query[gm] = d.sessionToken),
          (g.query[kT] = Sc),
          (g.query[LT] = `${d.accessKeyId}/${S}`),
          (g.query[fm] = f),
          (g.query[UT] = n.toString(10));
        const y = _m(g, s, a);
        return (
          (g.query[MT] = this.getCanonicalHeaderList(y)),
          (g.query[hm] = await this.getSignature(
            f,
            S,
            this.getSigningKey(d, m, h, l),
            this.createCanonicalRequest(g, y, await _c(e, this.sha256)),
          )),
          g
        );
      }
      async sign(e, r) {
        return typeof e == 'string'
          ? this.signString(e, r)
          : e.headers && e.payload
            ? this.signEvent(e, r)
            : e.message
              ? this.signMessage(e, r)
              : this.signRequest(e, r);
      }
      async signEvent(
        { headers: e, payload: r },
        {
          signingDate: o = new Date(),
          priorSignature: n,
          signingRegion: s,
          signingService: i,
          eventStreamCredentials: a,
        },
      ) {
        const c = s ?? (await this.regionProvider()),
          { shortDate: p, longDate: l } = this.formatDate(o),
          d = xc(p, c, i ?? this.service),
          m = await _c({ headers: {}, body: r }, this.sha256),
          f = new this.sha256();
        f.update(e);
        const h = oe(await f.digest()),
          S = [KT, l, d, n, h, m].join(`
`);
        return this.signString(S, {
          signingDate: o,
          signingRegion: c,
          signingService: i,
          eventStreamCredentials: a,
        });
      }
      async signMessage(
        e,
        {
          signingDate: r = new Date(),
          signingRegion: o,
          signingService: n,
          eventStreamCredentials: s,
        },
      ) {
        return this.signEvent(
          { headers: this.headerFormatter.format(e.message.headers), payload: e.message.body },
          {
            signingDate: r,
            signingRegion: o,
            signingService: n,
            priorSignature: e.priorSignature,
            eventStreamCredentials: s,
          },
        ).then((a) => ({ message: e.message, signature: a }));
      }
      async signString(
        e,
        {
          signingDate: r = new Date(),
          signingRegion: o,
          signingService: n,
          eventStreamCredentials: s,
        } = {},
      ) {
        const i = s ?? (await this.credentialProvider());
        this.validateResolvedCredentials(i);
        const a = o ?? (await this.regionProvider()),
          { shortDate: c } = this.formatDate(r),
          p = new this.sha256(await this.getSigningKey(i, a, c, n));
        return (p.update(rt(e)), oe(await p.digest()));
      }
      async signRequest(
        e,
        {
          signingDate: r = new Date(),
          signableHeaders: o,
          unsignableHeaders: n,
          signingRegion: s,
          signingService: i,
        } = {},
      ) {
        const a = await this.credentialProvider();
        this.validateResolvedCredentials(a);
        const c = s ?? (await this.regionProvider()),
          p = Tm(e),
          { longDate: l, shortDate: d } = this.formatDate(r),
          m = xc(d, c, i ?? this.service);
        (p.headers[ym] = l), a.sessionToken && (p.headers[FT] = a.sessionToken);
        const f = await _c(p, this.sha256);
        !nI(Ns, p.headers) && this.applyChecksum && (p.headers[Ns] = f);
        const h = _m(p, n, o),
          S = await this.getSignature(
            l,
            m,
            this.getSigningKey(a, c, d, i),
            this.createCanonicalRequest(p, h, f),
          );
        return (
          (p.headers[Sm] =
            `${Sc} Credential=${a.accessKeyId}/${m}, SignedHeaders=${this.getCanonicalHeaderList(h)}, Signature=${S}`),
          p
        );
      }
      async getSignature(e, r, o, n) {
        const s = await this.createStringToSign(e, r, n, Sc),
          i = new this.sha256(await o);
        return (i.update(rt(s)), oe(await i.digest()));
      }
      getSigningKey(e, r, o, n) {
        return eI(this.sha256, e, o, r, n || this.service);
      }
    };
  });
var Tc,
  pI = u(() => {
    Tc = { SignatureV4a: null };
  });
var Ic = u(() => {
  uI();
  pI();
});
function HN(t, { credentials: e, credentialDefaultProvider: r }) {
  let o;
  return (
    e
      ? e?.memoized
        ? (o = e)
        : (o = Za(e, Qa, ws))
      : r
        ? (o = Yt(r(Object.assign({}, t, { parentClientConfig: t }))))
        : (o = async () => {
            throw new Error(
              '@aws-sdk/core::resolveAwsSdkSigV4Config - `credentials` not provided and no credentialDefaultProvider was configured.',
            );
          }),
    (o.memoized = !0),
    o
  );
}
function GN(t, e) {
  if (e.configBound) return e;
  const r = async (o) => e({ ...o, callerClientConfig: t });
  return ((r.memoized = e.memoized), (r.configBound = !0), r);
}
var Im,
  lI = u(() => {
    k();
    ve();
    Ic();
    Im = (t) => (e) => {
      let r = e.credentials,
        o = !!e.credentials,
        n;
      Object.defineProperty(e, 'credentials', {
        set(l) {
          l && l !== r && l !== n && (o = !0), (r = l);
          const d = HN(e, {
              credentials: r,
              credentialDefaultProvider: e.credentialDefaultProvider,
            }),
            m = GN(e, d);
          if (o && !m.attributed) {
            const f = typeof r == 'object' && r !== null;
            (n = async (h) => {
              const g = await m(h);
              return f && (!g.$source || Object.keys(g.$source).length === 0)
                ? L(g, 'CREDENTIALS_CODE', 'e')
                : g;
            }),
              (n.memoized = m.memoized),
              (n.configBound = m.configBound),
              (n.attributed = !0);
          } else n = m;
        },
        get() {
          return n;
        },
        enumerable: !0,
        configurable: !0,
      }),
        (e.credentials = r);
      let {
          signingEscapePath: s = !0,
          systemClockOffset: i = e.systemClockOffset || 0,
          sha256: a,
        } = e,
        c;
      return (
        e.signer
          ? (c = Yt(e.signer))
          : e.regionInfoProvider
            ? (c = () =>
                Yt(e.region)()
                  .then(async (l) => [
                    (await e.regionInfoProvider(l, {
                      useFipsEndpoint: await e.useFipsEndpoint(),
                      useDualstackEndpoint: await e.useDualstackEndpoint(),
                    })) || {},
                    l,
                  ])
                  .then(([l, d]) => {
                    const { signingRegion: m, signingService: f } = l;
                    (e.signingRegion = e.signingRegion || m || d),
                      (e.signingName = e.signingName || f || e.serviceId);
                    const h = {
                        ...e,
                        credentials: e.credentials,
                        region: e.signingRegion,
                        service: e.signingName,
                        sha256: a,
                        uriEscapePath: s,
                      },
                      S = e.signerConstructor || to;
                    return new S(h);
                  }))
            : (c = async (l) => {
                l = Object.assign(
                  {},
                  {
                    name: 'sigv4',
                    signingName: e.signingName || e.defaultSigningName,
                    signingRegion: await Yt(e.region)(),
                    properties: {},
                  },
                  l,
                );
                const d = l.signingRegion,
                  m = l.signingName;
                (e.signingRegion = e.signingRegion || d),
                  (e.signingName = e.signingName || m || e.serviceId);
                const f = {
                    ...e,
                    credentials: e.credentials,
                    region: e.signingRegion,
                    service: e.signingName,
                    sha256: a,
                    uriEscapePath: s,
                  },
                  h = e.signerConstructor || to;
                return new h(f);
              }),
        Object.assign(e, {
          systemClockOffset: i,
          signingEscapePath: s,
          signer: c,
          disableClockSkewCorrection: Yt(e.disableClockSkewCorrection ?? t),
        })
      );
    };
  });
var wm = u(() => {
  lm();
  IT();
  vT();
  OT();
  lI();
});
var zN,
  jN,
  dI,
  mI = u(() => {
    D();
    (zN = 'AWS_DISABLE_CLOCK_SKEW_CORRECTION'),
      (jN = 'disable_clock_skew_correction'),
      (dI = {
        environmentVariableSelector: (t) => nt(t, zN, Me.ENV),
        configFileSelector: (t) => nt(t, jN, Me.CONFIG),
        default: !1,
      });
  });
var fI,
  hI = u(() => {
    D();
    mI();
    fI = I(dI);
  });
var Tr,
  Oe = u(() => {
    wm();
    wm();
    hI();
    Tr = Im(fI);
  });
var Fs,
  Vs,
  Nm,
  km,
  Lm,
  Mm,
  uu,
  mw = u(() => {
    k();
    D();
    (Fs = 'AWS_ACCESS_KEY_ID'),
      (Vs = 'AWS_SECRET_ACCESS_KEY'),
      (Nm = 'AWS_SESSION_TOKEN'),
      (km = 'AWS_CREDENTIAL_EXPIRATION'),
      (Lm = 'AWS_CREDENTIAL_SCOPE'),
      (Mm = 'AWS_ACCOUNT_ID'),
      (uu = (t) => async () => {
        t?.logger?.debug('@aws-sdk/credential-provider-env - fromEnv');
        const e = process.env[Fs],
          r = process.env[Vs],
          o = process.env[Nm],
          n = process.env[km],
          s = process.env[Lm],
          i = process.env[Mm];
        if (e && r) {
          const a = {
            accessKeyId: e,
            secretAccessKey: r,
            ...(o && { sessionToken: o }),
            ...(n && { expiration: new Date(n) }),
            ...(s && { credentialScope: s }),
            ...(i && { accountId: i }),
          };
          return (L(a, 'CREDENTIALS_ENV_VARS', 'g'), a);
        }
        throw new _('Unable to find environment variable credentials.', { logger: t?.logger });
      });
  });
var fw = {};
Ze(fw, {
  ENV_ACCOUNT_ID: () => Mm,
  ENV_CREDENTIAL_SCOPE: () => Lm,
  ENV_EXPIRATION: () => km,
  ENV_KEY: () => Fs,
  ENV_SECRET: () => Vs,
  ENV_SESSION: () => Nm,
  fromEnv: () => uu,
});
var Um = u(() => {
  mw();
});
var pu,
  lu,
  $m = u(() => {
    (pu = (t) =>
      !!t &&
      typeof t == 'object' &&
      typeof t.AccessKeyId == 'string' &&
      typeof t.SecretAccessKey == 'string' &&
      typeof t.Token == 'string' &&
      typeof t.Expiration == 'string'),
      (lu = (t) => ({
        accessKeyId: t.AccessKeyId,
        secretAccessKey: t.SecretAccessKey,
        sessionToken: t.Token,
        expiration: new Date(t.Expiration),
        ...(t.AccountId && { accountId: t.AccountId }),
      }));
  });
var hw,
  gw,
  yn,
  du = u(() => {
    (hw = 1e3),
      (gw = 0),
      (yn = ({ maxRetries: t = 0, timeout: e = 1e3 }) => ({ maxRetries: t, timeout: e }));
  });

import Sw from 'node:http';

var yw = u(() => {});
function oo(t) {
  return new Promise((e, r) => {
    const o = Sw.request({
      method: 'GET',
      ...t,
      hostname: t.hostname?.replace(/^\[(.+)\]$/, '$1'),
    });
    o.on('error', (n) => {
      r(Object.assign(new Ce('Unable to connect to instance metadata service'), n)), o.destroy();
    }),
      o.on('timeout', () => {
        r(new Ce('TimeoutError from instance metadata service')), o.destroy();
      }),
      o.on('response', (n) => {
        const { statusCode: s = 400 } = n;
        (s < 200 || 300 <= s) &&
          (r(
            Object.assign(new Ce('Error response received from instance metadata service'), {
              statusCode: s,
            }),
          ),
          o.destroy());
        const i = [];
        n.on('data', (a) => {
          i.push(a);
        }),
          n.on('end', () => {
            e(Buffer.concat(i)), o.destroy();
          });
      }),
      o.end();
  });
}
var mu = u(() => {
  D();
  yw();
});
var Hs,
  Bm = u(() => {
    Hs = (t, e) => {
      let r = t();
      for (let o = 0; o < e; o++) r = r.catch(t);
      return r;
    };
  });
var En,
  Gs,
  fu,
  Ew,
  C1,
  R1,
  v1,
  O1,
  D1,
  xw = u(() => {
    D();
    $m();
    du();
    mu();
    Bm();
    (En = 'AWS_CONTAINER_CREDENTIALS_FULL_URI'),
      (Gs = 'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI'),
      (fu = 'AWS_CONTAINER_AUTHORIZATION_TOKEN'),
      (Ew = (t = {}) => {
        const { timeout: e, maxRetries: r } = yn(t);
        return () =>
          Hs(async () => {
            const o = await D1({ logger: t.logger }),
              n = JSON.parse(await C1(e, o));
            if (!pu(n))
              throw new _('Invalid response received from instance metadata service.', {
                logger: t.logger,
              });
            return lu(n);
          }, r);
      }),
      (C1 = async (t, e) => (
        process.env[fu] && (e.headers = { ...e.headers, Authorization: process.env[fu] }),
        (await oo({ ...e, timeout: t })).toString()
      )),
      (R1 = '169.254.170.2'),
      (v1 = new Set(['localhost', '127.0.0.1'])),
      (O1 = new Set(['http:', 'https:'])),
      (D1 = async ({ logger: t }) => {
        if (process.env[Gs]) return { hostname: R1, path: process.env[Gs] };
        if (process.env[En]) {
          let e;
          try {
            e = new URL(process.env[En]);
          } catch {
            throw new _(`${process.env[En]} is not a valid container metadata service URL`, {
              tryNextLink: !1,
              logger: t,
            });
          }
          if (!e.hostname || !v1.has(e.hostname))
            throw new _(`${e.hostname} is not a valid container metadata service hostname`, {
              tryNextLink: !1,
              logger: t,
            });
          if (!e.protocol || !O1.has(e.protocol))
            throw new _(`${e.protocol} is not a valid container metadata service protocol`, {
              tryNextLink: !1,
              logger: t,
            });
          return {
            protocol: e.protocol,
            hostname: e.hostname,
            path: e.pathname + e.search,
            port: e.port ? parseInt(e.port, 10) : void 0,
          };
        }
        throw new _(
          `The container metadata credential provider cannot be used unless the ${Gs} or ${En} environment variable is set`,
          { tryNextLink: !1, logger: t },
        );
      });
  });
var hu,
  _w = u(() => {
    D();
    hu = class t extends _ {
      tryNextLink;
      name = 'InstanceMetadataV1FallbackError';
      constructor(e, r = !0) {
        super(e, r), (this.tryNextLink = r), Object.setPrototypeOf(this, t.prototype);
      }
    };
  });
var Mo,
  Fm = u(() => {
    ((t) => {
      (t.IPv4 = 'http://169.254.169.254'), (t.IPv6 = 'http://[fd00:ec2::254]');
    })(Mo || (Mo = {}));
  });
var P1,
  N1,
  Tw,
  Iw = u(() => {
    (P1 = 'AWS_EC2_METADATA_SERVICE_ENDPOINT'),
      (N1 = 'ec2_metadata_service_endpoint'),
      (Tw = {
        environmentVariableSelector: (t) => t[P1],
        configFileSelector: (t) => t[N1],
        default: void 0,
      });
  });
var no,
  Vm = u(() => {
    ((t) => {
      (t.IPv4 = 'IPv4'), (t.IPv6 = 'IPv6');
    })(no || (no = {}));
  });
var k1,
  L1,
  ww,
  Aw = u(() => {
    Vm();
    (k1 = 'AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE'),
      (L1 = 'ec2_metadata_service_endpoint_mode'),
      (ww = {
        environmentVariableSelector: (t) => t[k1],
        configFileSelector: (t) => t[L1],
        default: no.IPv4,
      });
  });
var gu,
  M1,
  U1,
  Hm = u(() => {
    D();
    N();
    Fm();
    Iw();
    Vm();
    Aw();
    (gu = async () => fe((await M1()) || (await U1()))),
      (M1 = async () => I(Tw)()),
      (U1 = async () => {
        const t = await I(ww)();
        switch (t) {
          case no.IPv4:
            return Mo.IPv4;
          case no.IPv6:
            return Mo.IPv6;
          default:
            throw new Error(`Unsupported endpoint mode: ${t}. Select from ${Object.values(no)}`);
        }
      });
  });
var $1,
  Gm,
  bw = u(() => {
    ($1 = 'https://docs.aws.amazon.com/sdkref/latest/guide/feature-static-credentials.html'),
      (Gm = (t, e) => {
        const r = 300 + Math.floor(Math.random() * 300),
          o = new Date(Date.now() + r * 1e3);
        e.warn(
          `Attempting credential expiration extension due to a credential service availability issue. A refresh of these credentials will be attempted after ${new Date(o)}.
For more information, please visit: ` + $1,
        );
        const n = t.originalExpiration ?? t.expiration;
        return { ...t, ...(n ? { originalExpiration: n } : {}), expiration: o };
      });
  });
var Cw,
  Rw = u(() => {
    bw();
    Cw = (t, e = {}) => {
      let r = e?.logger || console,
        o;
      return async () => {
        let n;
        try {
          (n = await t()), n.expiration && n.expiration.getTime() < Date.now() && (n = Gm(n, r));
        } catch (s) {
          if (o) r.warn('Credential renew failed: ', s), (n = Gm(o, r));
          else throw s;
        }
        return ((o = n), n);
      };
    };
  });
var Dw,
  B1,
  Km,
  vw,
  Ow,
  Pw,
  F1,
  V1,
  H1,
  G1,
  Nw = u(() => {
    D();
    _w();
    $m();
    du();
    mu();
    Bm();
    Hm();
    Rw();
    (Dw = '/latest/meta-data/iam/security-credentials/'),
      (B1 = '/latest/api/token'),
      (Km = 'AWS_EC2_METADATA_V1_DISABLED'),
      (vw = 'ec2_metadata_v1_disabled'),
      (Ow = 'x-aws-ec2-metadata-token'),
      (Pw = (t = {}) => Cw(F1(t), { logger: t.logger })),
      (F1 = (t = {}) => {
        let e = !1,
          { logger: r, profile: o } = t,
          { timeout: n, maxRetries: s } = yn(t),
          i = async (a, c) => {
            if (e || c.headers?.[Ow] == null) {
              let d = !1,
                m = !1,
                f = await I(
                  {
                    environmentVariableSelector: (h) => {
                      const S = h[Km];
                      if (((m = !!S && S !== 'false'), S === void 0))
                        throw new _(`${Km} not set in env, checking config file next.`, {
                          logger: t.logger,
                        });
                      return m;
                    },
                    configFileSelector: (h) => {
                      const S = h[vw];
                      return ((d = !!S && S !== 'false'), d);
                    },
                    default: !1,
                  },
                  { profile: o },
                )();
              if (t.ec2MetadataV1Disabled || f) {
                const h = [];
                throw (
                  t.ec2MetadataV1Disabled &&
                    h.push(
                      'credential provider initialization (runtime option ec2MetadataV1Disabled)',
                    ),
                  d && h.push(`config file profile (${vw})`),
                  m && h.push(`process environment variable (${Km})`),
                  new hu(
                    `AWS EC2 Metadata v1 fallback has been blocked by AWS SDK configuration in the following: [${h.join(', ')}].`,
                  )
                );
              }
            }
            const l = (
              await Hs(async () => {
                let d;
                try {
                  d = await H1(c);
                } catch (m) {
                  throw (m.statusCode === 401 && (e = !1), m);
                }
                return d;
              }, a)
            ).trim();
            return Hs(async () => {
              let d;
              try {
                d = await G1(l, c, t);
              } catch (m) {
                throw (m.statusCode === 401 && (e = !1), m);
              }
              return d;
            }, a);
          };
        return async () => {
          const a = await gu();
          if (e)
            return (
              r?.debug('AWS SDK Instance Metadata', 'using v1 fallback (no token fetch)'),
              i(s, { ...a, timeout: n })
            );
          {
            let c;
            try {
              c = (await V1({ ...a, timeout: n })).toString();
            } catch (p) {
              if (p?.statusCode === 400)
                throw Object.assign(p, { message: 'EC2 Metadata token request returned error' });
              return (
                (p.message === 'TimeoutError' || [403, 404, 405].includes(p.statusCode)) &&
                  (e = !0),
                r?.debug('AWS SDK Instance Metadata', 'using v1 fallback (initial)'),
                i(s, { ...a, timeout: n })
              );
            }
            return i(s, { ...a, headers: { [Ow]: c }, timeout: n });
          }
        };
      }),
      (V1 = async (t) =>
        oo({
          ...t,
          path: B1,
          method: 'PUT',
          headers: { 'x-aws-ec2-metadata-token-ttl-seconds': '21600' },
        })),
      (H1 = async (t) => (await oo({ ...t, path: Dw })).toString()),
      (G1 = async (t, e, r) => {
        const o = JSON.parse((await oo({ ...e, path: Dw + t })).toString());
        if (!pu(o))
          throw new _('Invalid response received from instance metadata service.', {
            logger: r.logger,
          });
        return lu(o);
      });
  });
var Su = {};
Ze(Su, {
  DEFAULT_MAX_RETRIES: () => gw,
  DEFAULT_TIMEOUT: () => hw,
  ENV_CMDS_AUTH_TOKEN: () => fu,
  ENV_CMDS_FULL_URI: () => En,
  ENV_CMDS_RELATIVE_URI: () => Gs,
  Endpoint: () => Mo,
  fromContainerMetadata: () => Ew,
  fromInstanceMetadata: () => Pw,
  getInstanceMetadataEndpoint: () => gu,
  httpRequest: () => oo,
  providerConfigFromInit: () => yn,
});
var yu = u(() => {
  xw();
  Nw();
  du();
  mu();
  Hm();
  Fm();
});
function zm(t) {
  const e = t && typeof t == 'object' && 'reason' in t ? t.reason : void 0;
  if (e) {
    if (e instanceof Error) {
      const n = new Error('Request aborted');
      return ((n.name = 'AbortError'), (n.cause = e), n);
    }
    const o = new Error(String(e));
    return ((o.name = 'AbortError'), o);
  }
  const r = new Error('Request aborted');
  return ((r.name = 'AbortError'), r);
}
var kw = u(() => {});
var Lw,
  Mw = u(() => {
    Lw = ['ECONNRESET', 'EPIPE', 'ETIMEDOUT'];
  });
var Uw,
  $w = u(() => {
    R();
    Uw = (t) => {
      const e = {};
      for (const r in t) {
        if (!A(t, r)) continue;
        const o = t[r];
        e[r] = Array.isArray(o) ? o.join(',') : o;
      }
      return e;
    };
  });

import Ks from 'node:https';

var Bw = u(() => {});
var ne,
  Uo = u(() => {
    ne = { setTimeout: (t, e) => setTimeout(t, e), clearTimeout: (t) => clearTimeout(t) };
  });
var Fw,
  Vw,
  Hw = u(() => {
    Uo();
    (Fw = 1e3),
      (Vw = (t, e, r = 0) => {
        if (!r) return -1;
        const o = (n) => {
          const s = ne.setTimeout(() => {
              t.destroy(),
                e(
                  Object.assign(
                    new Error(
                      `@smithy/node-http-handler - the request socket did not establish a connection with the server within the configured timeout of ${r} ms.`,
                    ),
                    { name: 'TimeoutError' },
                  ),
                );
            }, r - n),
            i = (a) => {
              a?.connecting
                ? a.on('connect', () => {
                    ne.clearTimeout(s);
                  })
                : ne.clearTimeout(s);
            };
          t.socket ? i(t.socket) : t.on('socket', i);
        };
        return r < 2e3 ? (o(0), 0) : ne.setTimeout(o.bind(null, Fw), Fw);
      });
  });
var Gw,
  Kw = u(() => {
    Uo();
    Gw = (t, e, r = 0, o, n) =>
      r
        ? ne.setTimeout(() => {
            let s = `@smithy/node-http-handler - [${o ? 'ERROR' : 'WARN'}] a request has exceeded the configured ${r} ms requestTimeout.`;
            if (o) {
              const i = Object.assign(new Error(s), { name: 'TimeoutError', code: 'ETIMEDOUT' });
              t.destroy(i), e(i);
            } else
              (s +=
                ' Init client requestHandler with throwOnRequestTimeout=true to turn this into an error.'),
                n?.warn?.(s);
          }, r)
        : -1;
  });
var K1,
  zw,
  jw = u(() => {
    Uo();
    (K1 = 3e3),
      (zw = (t, { keepAlive: e, keepAliveMsecs: r }, o = K1) => {
        if (e !== !0) return -1;
        const n = () => {
          t.socket
            ? t.socket.setKeepAlive(e, r || 0)
            : t.on('socket', (s) => {
                s.setKeepAlive(e, r || 0);
              });
        };
        return o === 0 ? (n(), 0) : ne.setTimeout(n, o);
      });
  });
var Eu,
  Ww = u(() => {
    Eu = (t) => {
      const e = t?.defaultSocketTimeout;
      return typeof e == 'number' && Number.isFinite(e) && e > 0 ? e : void 0;
    };
  });
var z1,
  jm,
  qw = u(() => {
    Uo();
    (z1 = 3e3),
      (jm = (t, e, r = 0, o = !1) => {
        if (!Number.isFinite(r) || r <= 0) return;
        let n;
        t.once('response', (c) => (n = c));
        const s = () => {
            if (n?.complete) {
              t.socket?.destroy();
              return;
            }
            const c = Object.assign(
              new Error(
                `@smithy/node-http-handler - the request socket timed out after ${r} ms of inactivity (${o ? 'service default socket timeout' : 'configured by client requestHandler'}).`,
              ),
              { name: 'TimeoutError' },
            );
            n?.destroy(c), t.destroy(), e(c);
          },
          i = () => {
            const { socket: c } = t;
            c
              ? c.connecting
                ? c.once('connect', i)
                : (c.setTimeout(r, s), t.on('close', () => c.removeListener('timeout', s)))
              : t.once('socket', i);
          };
        if (r < 6e3) {
          i();
          return;
        }
        const a = ne.setTimeout(i, z1);
        t.once('close', () => ne.clearTimeout(a));
      });
  });

import { Readable as j1 } from 'node:stream';

async function Xw(t, e, r = Yw, o = !1) {
  let n = e.headers,
    s = n ? n.Expect || n.expect : void 0,
    i = -1,
    a = !0;
  !o &&
    s === '100-continue' &&
    (a = await Promise.race([
      new Promise((c) => {
        i = Number(ne.setTimeout(() => c(!0), Math.max(Yw, r)));
      }),
      new Promise((c) => {
        t.on('continue', () => {
          ne.clearTimeout(i), c(!0);
        }),
          t.on('response', () => {
            ne.clearTimeout(i), c(!1);
          }),
          t.on('error', () => {
            ne.clearTimeout(i), c(!1);
          });
      }),
    ])),
    a && W1(t, e.body);
}
function W1(t, e) {
  if (e instanceof j1) {
    e.pipe(t);
    return;
  }
  if (e) {
    const r = Buffer.isBuffer(e);
    if (r || typeof e == 'string') {
      r && e.byteLength === 0 ? t.end() : t.end(e);
      return;
    }
    const n = e;
    if (
      typeof n == 'object' &&
      n.buffer &&
      typeof n.byteOffset == 'number' &&
      typeof n.byteLength == 'number'
    ) {
      t.end(Buffer.from(n.buffer, n.byteOffset, n.byteLength));
      return;
    }
    t.end(Buffer.from(e));
    return;
  }
  t.end();
}
var Yw,
  Jw = u(() => {
    Uo();
    Yw = 6e3;
  });
var xu,
  Qw,
  Ve,
  Zw = u(() => {
    R();
    N();
    kw();
    Mw();
    $w();
    Bw();
    Hw();
    Kw();
    jw();
    Ww();
    qw();
    Uo();
    Jw();
    Ve = class t {
      config;
      configProvider;
      socketWarningTimestamp = 0;
      externalAgent = !1;
      metadata = { handlerProtocol: 'http/1.1' };
      static create(e) {
        return typeof e?.handle == 'function' ? e : new t(e);
      }
      static checkSocketUsage(e, r, o = console) {
        const { sockets: n, requests: s, maxSockets: i } = e;
        if (typeof i != 'number' || i === 1 / 0 || Date.now() - 15e3 < r) return r;
        if (n && s)
          for (const c in n) {
            if (!A(n, c)) continue;
            const p = n[c]?.length ?? 0,
              l = s[c]?.length ?? 0;
            if (p >= i && l >= 2 * i)
              return (
                o?.warn?.(`@smithy/node-http-handler:WARN - socket usage at capacity=${p} and ${l} additional requests are enqueued.
See https://docs.aws.amazon.com/sdk-for-javascript/v3/developer-guide/node-configuring-maxsockets.html
or increase socketAcquisitionWarningTimeout=(millis) in the NodeHttpHandler config.`),
                Date.now()
              );
          }
        return r;
      }
      constructor(e) {
        this.configProvider = new Promise((r, o) => {
          typeof e == 'function'
            ? e()
                .then((n) => {
                  r(this.resolveDefaultConfig(n));
                })
                .catch(o)
            : r(this.resolveDefaultConfig(e));
        });
      }
      destroy() {
        this.config?.httpAgent?.destroy(), this.config?.httpsAgent?.destroy();
      }
      async handle(e, { abortSignal: r, requestTimeout: o } = {}) {
        this.config || (this.config = await this.configProvider);
        const n = this.config,
          s = n.logger,
          i = e.protocol === 'https:';
        return (
          !i &&
            !this.config.httpAgent &&
            (this.config.httpAgent = await this.config.httpAgentProvider()),
          new Promise((a, c) => {
            let p,
              l = -1,
              d = -1,
              m = -1,
              f = -1,
              h = () => {
                ne.clearTimeout(l), ne.clearTimeout(d), ne.clearTimeout(m), ne.clearTimeout(f);
              },
              S = async (G) => {
                await p, h(), a(G);
              },
              g = async (G) => {
                await p, h(), c(G);
              };
            if (r?.aborted) {
              const G = zm(r);
              g(G);
              return;
            }
            let y = e.headers,
              E = y ? (y.Expect ?? y.expect) === '100-continue' : !1,
              T = i ? n.httpsAgent : n.httpAgent;
            E &&
              !this.externalAgent &&
              (T = new (i ? Ks.Agent : xu)({ keepAlive: !1, maxSockets: 1 / 0 })),
              (l = ne.setTimeout(
                () => {
                  this.socketWarningTimestamp = t.checkSocketUsage(
                    T,
                    this.socketWarningTimestamp,
                    s,
                  );
                },
                n.socketAcquisitionWarningTimeout ??
                  (n.requestTimeout ?? 2e3) + (n.connectionTimeout ?? 1e3),
              ));
            let w = e.query ? Td(e.query) : '',
              v;
            if (e.username != null || e.password != null) {
              const G = e.username ?? '',
                wt = e.password ?? '';
              v = `${G}:${wt}`;
            }
            let W = e.path;
            w && (W += `?${w}`), e.fragment && (W += `#${e.fragment}`);
            let J = e.hostname ?? '';
            J[0] === '[' && J.endsWith(']') ? (J = e.hostname.slice(1, -1)) : (J = e.hostname);
            const dt = {
                headers: e.headers,
                host: J,
                method: e.method,
                path: W,
                port: e.port,
                agent: T,
                auth: v,
              },
              ie = (i ? Ks.request : Qw)(dt, (G) => {
                const wt = new ke({
                  statusCode: G.statusCode || -1,
                  reason: G.statusMessage,
                  headers: Uw(G.headers),
                  body: G,
                });
                S({ response: wt });
              });
            if (
              (ie.on('error', (G) => {
                Lw.includes(G.code) ? g(Object.assign(G, { name: 'TimeoutError' })) : g(G);
              }),
              r)
            ) {
              const G = () => {
                ie.destroy();
                const wt = zm(r);
                g(wt);
              };
              if (typeof r.addEventListener == 'function') {
                const wt = r;
                wt.addEventListener('abort', G, { once: !0 }),
                  ie.once('close', () => wt.removeEventListener('abort', G));
              } else r.onabort = G;
            }
            const ye = o ?? n.requestTimeout;
            (d = Vw(ie, g, n.connectionTimeout)),
              (m = Gw(ie, g, ye, n.throwOnRequestTimeout, s ?? console));
            const ze = n.socketTimeout === void 0 ? Eu(n) : void 0;
            ze ? jm(ie, g, ze, !0) : jm(ie, g, n.socketTimeout);
            const Ne = dt.agent;
            typeof Ne == 'object' &&
              'keepAlive' in Ne &&
              (f = zw(ie, { keepAlive: Ne.keepAlive, keepAliveMsecs: Ne.keepAliveMsecs })),
              (p = Xw(ie, e, ye, this.externalAgent).catch((G) => (h(), c(G))));
          })
        );
      }
      updateHttpClientConfig(e, r) {
        (this.config = void 0),
          (this.configProvider = this.configProvider.then((o) => {
            switch (e) {
              case Symbol.for('logger'):
                (e = 'logger'), (r = o.logger ?? r);
                break;
              case Symbol.for('@smithy/defaultSocketTimeout'):
                (e = 'defaultSocketTimeout'), (r = Eu(o) ?? r);
                break;
            }
            return { ...o, [e]: r };
          }));
      }
      httpHandlerConfigs() {
        return this.config ?? {};
      }
      resolveDefaultConfig(e) {
        let {
            requestTimeout: r,
            connectionTimeout: o,
            socketTimeout: n,
            socketAcquisitionWarningTimeout: s,
            httpAgent: i,
            httpsAgent: a,
            throwOnRequestTimeout: c,
            logger: p,
          } = e || {},
          l = !0,
          d = 50,
          m;
        return {
          connectionTimeout: o,
          requestTimeout: r,
          socketTimeout: n,
          defaultSocketTimeout: Eu(e),
          socketAcquisitionWarningTimeout: s,
          throwOnRequestTimeout: c,
          httpAgentProvider: () =>
            (m ??= (async () => {
              const f = await import('node:http'),
                { Agent: h, request: S } = f.default ?? f;
              return (
                (Qw = S),
                (xu = h),
                i instanceof xu || typeof i?.destroy == 'function'
                  ? ((this.externalAgent = !0), i)
                  : new xu({ keepAlive: l, maxSockets: d, ...i })
              );
            })()),
          httpsAgent:
            a instanceof Ks.Agent || typeof a?.destroy == 'function'
              ? ((this.externalAgent = !0), a)
              : new Ks.Agent({ keepAlive: l, maxSockets: d, ...a }),
          logger: p,
        };
      }
    };
  });
var $o = u(() => {
  Zw();
  R();
});
var q1,
  Y1,
  X1,
  eA,
  tA = u(() => {
    D();
    (q1 = '169.254.170.2'),
      (Y1 = '169.254.170.23'),
      (X1 = '[fd00:ec2::23]'),
      (eA = (t, e) => {
        if (
          t.protocol !== 'https:' &&
          !(t.hostname === q1 || t.hostname === Y1 || t.hostname === X1)
        ) {
          if (t.hostname.includes('[')) {
            if (
              t.hostname === '[::1]' ||
              t.hostname === '[0000:0000:0000:0000:0000:0000:0000:0001]'
            )
              return;
          } else {
            if (t.hostname === 'localhost') return;
            const r = t.hostname.split('.'),
              o = (n) => {
                const s = parseInt(n, 10);
                return 0 <= s && s <= 255;
              };
            if (r[0] === '127' && o(r[1]) && o(r[2]) && o(r[3]) && r.length === 4) return;
          }
          throw new _(
            `URL not accepted. It must either be HTTPS or match one of the following:
  - loopback CIDR 127.0.0.0/8 or [::1/128]
  - ECS container host 169.254.170.2
  - EKS container host 169.254.170.23 or [fd00:ec2::23]`,
            { logger: e },
          );
        }
      });
  });
function rA(t) {
  return new F({
    protocol: t.protocol,
    hostname: t.hostname,
    port: Number(t.port),
    path: t.pathname,
    query: Array.from(t.searchParams.entries()).reduce((e, [r, o]) => ((e[r] = o), e), {}),
    fragment: t.hash,
  });
}
async function oA(t, e) {
  const o = await fs(t.body).transformToString();
  if (t.statusCode === 200) {
    const n = JSON.parse(o);
    if (
      typeof n.AccessKeyId != 'string' ||
      typeof n.SecretAccessKey != 'string' ||
      typeof n.Token != 'string' ||
      typeof n.Expiration != 'string'
    )
      throw new _(
        'HTTP credential provider response not of the required format, an object matching: { AccessKeyId: string, SecretAccessKey: string, Token: string, Expiration: string(rfc3339) }',
        { logger: e },
      );
    return {
      accessKeyId: n.AccessKeyId,
      secretAccessKey: n.SecretAccessKey,
      sessionToken: n.Token,
      expiration: Zp(n.Expiration),
    };
  }
  if (t.statusCode >= 400 && t.statusCode < 500) {
    let n = {};
    try {
      n = JSON.parse(o);
    } catch {}
    throw Object.assign(new _(`Server responded with status: ${t.statusCode}`, { logger: e }), {
      Code: n.Code,
      Message: n.Message,
    });
  }
  throw new _(`Server responded with status: ${t.statusCode}`, { logger: e });
}
var nA = u(() => {
  D();
  N();
  R();
  R();
});
var sA,
  iA = u(() => {
    sA = (t, e, r) => async () => {
      for (let o = 0; o < e; ++o)
        try {
          return await t();
        } catch {
          await new Promise((s) => setTimeout(s, r));
        }
      return await t();
    };
  });

import J1 from 'node:fs/promises';

var Q1,
  Z1,
  eU,
  tU,
  rU,
  cA,
  aA,
  uA = u(() => {
    k();
    D();
    $o();
    tA();
    nA();
    iA();
    (Q1 = 'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI'),
      (Z1 = 'http://169.254.170.2'),
      (eU = 'AWS_CONTAINER_CREDENTIALS_FULL_URI'),
      (tU = 'AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE'),
      (rU = 'AWS_CONTAINER_AUTHORIZATION_TOKEN'),
      (cA = (t = {}) => {
        t.logger?.debug('@aws-sdk/credential-provider-http - fromHttp');
        let e,
          r = t.awsContainerCredentialsRelativeUri ?? process.env[Q1],
          o = t.awsContainerCredentialsFullUri ?? process.env[eU],
          n = t.awsContainerAuthorizationToken ?? process.env[rU],
          s = t.awsContainerAuthorizationTokenFile ?? process.env[tU],
          i =
            t.logger?.constructor?.name === 'NoOpLogger' || !t.logger?.warn
              ? console.warn
              : t.logger.warn.bind(t.logger);
        if (
          (r &&
            o &&
            (i(
              '@aws-sdk/credential-provider-http: you have set both awsContainerCredentialsRelativeUri and awsContainerCredentialsFullUri.',
            ),
            i('awsContainerCredentialsRelativeUri will take precedence.')),
          n &&
            s &&
            (i(
              '@aws-sdk/credential-provider-http: you have set both awsContainerAuthorizationToken and awsContainerAuthorizationTokenFile.',
            ),
            i('awsContainerAuthorizationTokenFile will take precedence.')),
          r)
        )
          e = `${Z1}${r}`;
        else if (o) e = o;
        else
          throw new _(
            `No HTTP credential provider host provided.
Set AWS_CONTAINER_CREDENTIALS_FULL_URI or AWS_CONTAINER_CREDENTIALS_RELATIVE_URI.`,
            { logger: t.logger },
          );
        const a = new URL(e);
        eA(a, t.logger);
        const c = Ve.create({ connectionTimeout: t.timeout ?? 1e3 }),
          p = t.timeout ?? 1e3,
          l = sA(
            async () => {
              const d = rA(a);
              s
                ? (d.headers.Authorization = aA((await J1.readFile(s)).toString()))
                : n && (d.headers.Authorization = aA(n));
              try {
                const m = await c.handle(d, { requestTimeout: p });
                return oA(m.response).then((f) => L(f, 'CREDENTIALS_HTTP', 'z'));
              } catch (m) {
                throw new _(String(m), { logger: t.logger });
              }
            },
            t.maxRetries ?? 3,
            t.timeout ?? 1e3,
          );
        return async () => {
          try {
            return await l();
          } finally {
            c.destroy?.();
          }
        };
      }),
      (aA = (t) => {
        if (
          t.includes(`\r
`)
        )
          throw new _('Authorization token contains invalid \\r\\n sequence.');
        return t;
      });
  });
var Wm = {};
Ze(Wm, { fromHttp: () => cA });
var qm = u(() => {
  uA();
});
var _u,
  Ym = u(() => {
    _u = (t) =>
      t &&
      (typeof t.sso_start_url == 'string' ||
        typeof t.sso_account_id == 'string' ||
        typeof t.sso_session == 'string' ||
        typeof t.sso_region == 'string' ||
        typeof t.sso_role_name == 'string');
  });
var xn,
  Tu = u(() => {
    xn = "To refresh this SSO session run 'aws sso login' with the corresponding profile.";
  });
function nU(t) {
  return {
    schemeId: 'aws.auth#sigv4',
    signingProperties: { name: 'sso-oauth', region: t.region },
    propertiesExtractor: (e, r) => ({ signingProperties: { config: e, context: r } }),
  };
}
function sU(t) {
  return { schemeId: 'smithy.api#noAuth' };
}
var mA,
  fA,
  hA,
  Xm = u(() => {
    Oe();
    b();
    mA = async (t, e, r) => ({
      operation: te(e).operation,
      region:
        (await Y(t.region)()) ||
        (() => {
          throw new Error('expected `region` to be configured for `aws.auth#sigv4`');
        })(),
    });
    (fA = (t) => {
      const e = [];
      return (t.operation === 'CreateToken' ? e.push(sU(t)) : e.push(nU(t)), e);
    }),
      (hA = (t) => {
        const e = Tr(t);
        return Object.assign(e, { authSchemePreference: Y(t.authSchemePreference ?? []) });
      });
  });
var gA,
  SA,
  Jm = u(() => {
    (gA = (t) =>
      Object.assign(t, {
        useDualstackEndpoint: t.useDualstackEndpoint ?? !1,
        useFipsEndpoint: t.useFipsEndpoint ?? !1,
        defaultSigningName: 'sso-oauth',
      })),
      (SA = {
        UseFIPS: { type: 'builtInParams', name: 'useFipsEndpoint' },
        Endpoint: { type: 'builtInParams', name: 'endpoint' },
        Region: { type: 'builtInParams', name: 'region' },
        UseDualStack: { type: 'builtInParams', name: 'useDualstackEndpoint' },
      });
  });
var so,
  zs = u(() => {
    so = {
      name: '@aws-sdk/nested-clients',
      version: '3.998.5',
      description: 'Nested clients for AWS SDK packages.',
      homepage: 'https://github.com/aws/aws-sdk-js-v3/tree/main/packages/nested-clients',
      license: 'Apache-2.0',
      author: {
        name: 'AWS SDK for JavaScript Team',
        url: 'https://aws.amazon.com/sdk-for-javascript/',
      },
      repository: {
        type: 'git',
        url: 'https://github.com/aws/aws-sdk-js-v3.git',
        directory: 'packages/nested-clients',
      },
      files: [
        './cognito-identity.d.ts',
        './cognito-identity.js',
        './signin.d.ts',
        './signin.js',
        './sso-oidc.d.ts',
        './sso-oidc.js',
        './sso.d.ts',
        './sso.js',
        './sts.d.ts',
        './sts.js',
        'dist-*/**',
      ],
      sideEffects: !1,
      main: './dist-cjs/index.js',
      module: './dist-es/index.js',
      browser: {
        './dist-es/submodules/cognito-identity/runtimeConfig':
          './dist-es/submodules/cognito-identity/runtimeConfig.browser',
        './dist-es/submodules/signin/runtimeConfig':
          './dist-es/submodules/signin/runtimeConfig.browser',
        './dist-es/submodules/sso-oidc/runtimeConfig':
          './dist-es/submodules/sso-oidc/runtimeConfig.browser',
        './dist-es/submodules/sso/runtimeConfig': './dist-es/submodules/sso/runtimeConfig.browser',
        './dist-es/submodules/sts/runtimeConfig': './dist-es/submodules/sts/runtimeConfig.browser',
      },
      types: './dist-types/index.d.ts',
      typesVersions: {
        '<4.5': {
          'dist-types/*': ['dist-types/ts3.4/*'],
          '*': ['dist-types/ts3.4/submodules/*/index.d.ts'],
        },
      },
      'react-native': {},
      exports: {
        './package.json': './package.json',
        './sso-oidc': {
          types: './dist-types/submodules/sso-oidc/index.d.ts',
          module: './dist-es/submodules/sso-oidc/index.js',
          node: './dist-cjs/submodules/sso-oidc/index.js',
          import: './dist-es/submodules/sso-oidc/index.js',
          require: './dist-cjs/submodules/sso-oidc/index.js',
        },
        './sts': {
          types: './dist-types/submodules/sts/index.d.ts',
          module: './dist-es/submodules/sts/index.js',
          node: './dist-cjs/submodules/sts/index.js',
          import: './dist-es/submodules/sts/index.js',
          require: './dist-cjs/submodules/sts/index.js',
        },
        './signin': {
          types: './dist-types/submodules/signin/index.d.ts',
          module: './dist-es/submodules/signin/index.js',
          node: './dist-cjs/submodules/signin/index.js',
          import: './dist-es/submodules/signin/index.js',
          require: './dist-cjs/submodules/signin/index.js',
        },
        './cognito-identity': {
          types: './dist-types/submodules/cognito-identity/index.d.ts',
          module: './dist-es/submodules/cognito-identity/index.js',
          node: './dist-cjs/submodules/cognito-identity/index.js',
          import: './dist-es/submodules/cognito-identity/index.js',
          require: './dist-cjs/submodules/cognito-identity/index.js',
        },
        './sso': {
          types: './dist-types/submodules/sso/index.d.ts',
          module: './dist-es/submodules/sso/index.js',
          node: './dist-cjs/submodules/sso/index.js',
          import: './dist-es/submodules/sso/index.js',
          require: './dist-cjs/submodules/sso/index.js',
        },
      },
      scripts: {
        build: "concurrently 'yarn:build:types' 'yarn:build:es' && yarn build:cjs",
        'build:cjs': 'node ../../scripts/compilation/inline',
        'build:es': 'premove dist-es && tsc -p tsconfig.es.json',
        'build:include:deps': 'yarn g:turbo run build -F="$npm_package_name"',
        'build:types': 'premove dist-types && tsc -p tsconfig.types.json',
        'build:types:downlevel': 'downlevel-dts dist-types dist-types/ts3.4',
        clean: 'premove dist-cjs dist-es dist-types',
        lint: 'node ../../scripts/validation/submodules-linter.js',
        prebuild: 'yarn lint',
        test: 'yarn g:vitest run',
        'test:watch': 'yarn g:vitest watch',
      },
      dependencies: {
        '@aws-sdk/core': '^3.981.2',
        '@aws-sdk/signature-v4-multi-region': '^3.996.52',
        '@aws-sdk/types': '^3.975.1',
        '@smithy/core': '^3.41.1',
        '@smithy/fetch-http-handler': '^5.8.1',
        '@smithy/node-http-handler': '^4.14.2',
        '@smithy/types': '^4.20.0',
        tslib: '^2.6.2',
      },
      devDependencies: {
        concurrently: '7.0.0',
        'downlevel-dts': '0.10.1',
        premove: '4.0.0',
        typescript: '~7.0.2',
      },
      engines: { node: '>=20.0.0' },
    };
  });
var io,
  Iu = u(() => {
    b();
    X();
    io = class {
      queryCompat;
      errorRegistry;
      constructor(e = !1) {
        this.queryCompat = e;
      }
      resolveRestContentType(e, r) {
        const o = r.getMemberSchemas(),
          n = Object.values(o).find((s) => !!s.getMergedTraits().httpPayload);
        if (n) {
          const s = n.getMergedTraits().mediaType;
          return (
            s ||
            (n.isStringSchema() ? 'text/plain' : n.isBlobSchema() ? 'application/octet-stream' : e)
          );
        } else if (
          !r.isUnitSchema() &&
          Object.values(o).find((i) => {
            const {
              httpQuery: a,
              httpQueryParams: c,
              httpHeader: p,
              httpLabel: l,
              httpPrefixHeaders: d,
            } = i.getMergedTraits();
            return !a && !c && !p && !l && d === void 0;
          })
        )
          return e;
      }
      async getErrorSchemaOrThrowBaseException(e, r, o, n, s, i) {
        let a = e;
        e.includes('#') && ([, a] = e.split('#'));
        const c = { $metadata: s, $fault: o.statusCode < 500 ? 'client' : 'server' };
        if (!this.errorRegistry)
          throw new Error('@aws-sdk/core/protocols - error handler not initialized.');
        try {
          return {
            errorSchema: i?.(this.errorRegistry, a) ?? this.errorRegistry.getSchema(e),
            errorMetadata: c,
          };
        } catch {
          n.message = n.message ?? n.Message ?? 'UnknownError';
          const l = this.errorRegistry,
            d = l.getBaseException();
          if (d) {
            const h = l.getErrorCtor(d) ?? Error;
            throw this.decorateServiceException(Object.assign(new h({ name: a }), c), n);
          }
          const m = n,
            f = m?.message ?? m?.Message ?? m?.Error?.Message ?? m?.Error?.message;
          throw this.decorateServiceException(Object.assign(new Error(f), { name: a }, c), n);
        }
      }
      compose(e, r, o) {
        let n = o;
        r.includes('#') && ([n] = r.split('#'));
        const s = Q.for(n),
          i = Q.for('smithy.ts.sdk.synthetic.' + o);
        e.copyFrom(s), e.copyFrom(i), (this.errorRegistry = e);
      }
      decorateServiceException(e, r = {}) {
        if (this.queryCompat) {
          const o = e.Message ?? r.Message,
            n = ea(e, r);
          o && (n.message = o);
          const s = n.Error ?? {};
          (s.Type = n.Error?.Type),
            (s.Code = n.Error?.Code),
            (s.Message = n.Error?.message ?? n.Error?.Message ?? o),
            (n.Error = s);
          const i = n.$metadata.requestId;
          return (i && (n.RequestId = i), n);
        }
        return ea(e, r);
      }
      setQueryCompatError(e, r) {
        const o = r.headers?.['x-amzn-query-error'];
        if (e !== void 0 && o != null) {
          const [n, s] = o.split(';'),
            i = Object.keys(e),
            a = { Code: n, Type: s };
          (e.Code = n), (e.Type = s);
          for (let c = 0; c < i.length; c++) {
            const p = i[c];
            a[p === 'message' ? 'Message' : p] = e[p];
          }
          delete a.__type, (e.Error = a);
        }
      }
      queryCompatOutput(e, r) {
        e.Error && (r.Error = e.Error), e.Type && (r.Type = e.Type), e.Code && (r.Code = e.Code);
      }
      findQueryCompatibleError(e, r) {
        try {
          return e.getSchema(r);
        } catch {
          return e.find((n) => O.of(n).getMergedTraits().awsQueryError?.[0] === r);
        }
      }
    };
  });
var wu,
  yA = u(() => {
    N();
    X();
    Iu();
    wu = class extends Do {
      serializer;
      deserializer;
      serviceTarget;
      codec;
      mixin;
      awsQueryCompatible;
      constructor({
        defaultNamespace: e,
        errorTypeRegistries: r,
        serviceTarget: o,
        awsQueryCompatible: n,
        jsonCodec: s,
      }) {
        super({ defaultNamespace: e, errorTypeRegistries: r }),
          (this.serviceTarget = o),
          (this.codec =
            s ?? new Er({ timestampFormat: { useTrait: !0, default: 7 }, jsonName: !1 })),
          (this.serializer = this.codec.createSerializer()),
          (this.deserializer = this.codec.createDeserializer()),
          (this.awsQueryCompatible = !!n),
          (this.mixin = new io(this.awsQueryCompatible));
      }
      async serializeRequest(e, r, o) {
        const n = await super.serializeRequest(e, r, o);
        return (
          n.path.endsWith('/') || (n.path += '/'),
          (n.headers['content-type'] = `application/x-amz-json-${this.getJsonRpcVersion()}`),
          (n.headers['x-amz-target'] = `${this.serviceTarget}.${e.name}`),
          this.awsQueryCompatible && (n.headers['x-amzn-query-mode'] = 'true'),
          (Cr(e.input) === 'unit' || !n.body) && (n.body = '{}'),
          n
        );
      }
      getPayloadCodec() {
        return this.codec;
      }
      async handleError(e, r, o, n, s) {
        const { awsQueryCompatible: i } = this;
        i && this.mixin.setQueryCompatError(n, o);
        const a = za(o, n, i) ?? 'Unknown';
        this.mixin.compose(this.compositeErrorRegistry, a, this.options.defaultNamespace);
        const { errorSchema: c, errorMetadata: p } =
            await this.mixin.getErrorSchemaOrThrowBaseException(
              a,
              this.options.defaultNamespace,
              o,
              n,
              s,
              i ? this.mixin.findQueryCompatibleError : void 0,
            ),
          l = O.of(c),
          d = n.message ?? n.Message ?? 'UnknownError',
          m = this.compositeErrorRegistry.getErrorCtor(c) ?? Error,
          f = new m({}),
          h = {},
          S = this.codec.createDeserializer();
        for (const [g, y] of l.structIterator()) n[g] != null && (h[g] = S.readObject(y, n[g]));
        throw (
          i && this.mixin.queryCompatOutput(n, h),
          this.mixin.decorateServiceException(
            Object.assign(f, p, { $fault: l.getMergedTraits().error, message: d }, h),
            n,
          )
        );
      }
    };
  });
var js,
  EA = u(() => {
    yA();
    js = class extends wu {
      constructor({
        defaultNamespace: e,
        errorTypeRegistries: r,
        serviceTarget: o,
        awsQueryCompatible: n,
        jsonCodec: s,
      }) {
        super({
          defaultNamespace: e,
          errorTypeRegistries: r,
          serviceTarget: o,
          awsQueryCompatible: n,
          jsonCodec: s,
        });
      }
      getShapeId() {
        return 'aws.protocols#awsJson1_0';
      }
      getJsonRpcVersion() {
        return '1.0';
      }
      getDefaultContentType() {
        return 'application/x-amz-json-1.0';
      }
    };
  });
var Nr,
  xA = u(() => {
    N();
    X();
    Iu();
    Nr = class extends ys {
      serializer;
      deserializer;
      codec;
      mixin = new io();
      constructor({ defaultNamespace: e, errorTypeRegistries: r, jsonCodec: o }) {
        super({ defaultNamespace: e, errorTypeRegistries: r });
        const n = { timestampFormat: { useTrait: !0, default: 7 }, httpBindings: !0, jsonName: !0 };
        (this.codec = o ?? new Er(n)),
          (this.serializer = new xs(this.codec.createSerializer(), n)),
          (this.deserializer = new Es(this.codec.createDeserializer(), n));
      }
      getShapeId() {
        return 'aws.protocols#restJson1';
      }
      getPayloadCodec() {
        return this.codec;
      }
      setSerdeContext(e) {
        this.codec.setSerdeContext(e), super.setSerdeContext(e);
      }
      async serializeRequest(e, r, o) {
        const n = await super.serializeRequest(e, r, o),
          s = O.of(e.input);
        if (!n.headers['content-type']) {
          const i = this.mixin.resolveRestContentType(this.getDefaultContentType(), s);
          i && (n.headers['content-type'] = i);
        }
        return (
          n.body == null &&
            n.headers['content-type'] === this.getDefaultContentType() &&
            (n.body = '{}'),
          n
        );
      }
      async deserializeResponse(e, r, o) {
        const n = await super.deserializeResponse(e, r, o),
          s = O.of(e.output);
        for (const [i, a] of s.structIterator())
          a.getMemberTraits().httpPayload && !(i in n) && (n[i] = null);
        return n;
      }
      async handleError(e, r, o, n, s) {
        const i = Ka(o, n) ?? 'Unknown';
        this.mixin.compose(this.compositeErrorRegistry, i, this.options.defaultNamespace);
        const { errorSchema: a, errorMetadata: c } =
            await this.mixin.getErrorSchemaOrThrowBaseException(
              i,
              this.options.defaultNamespace,
              o,
              n,
              s,
            ),
          p = O.of(a),
          l = n.message ?? n.Message ?? 'UnknownError',
          d = this.compositeErrorRegistry.getErrorCtor(a) ?? Error,
          m = new d({});
        await this.deserializeHttpMessage(a, r, o, n);
        const f = {},
          h = this.codec.createDeserializer();
        for (const [S, g] of p.structIterator()) {
          const y = g.getMergedTraits().jsonName ?? S;
          f[S] = h.readObject(g, n[y]);
        }
        throw this.mixin.decorateServiceException(
          Object.assign(m, c, { $fault: p.getMergedTraits().error, message: l }, f),
          n,
        );
      }
      getDefaultContentType() {
        return 'application/json';
      }
    };
  });
function Qm(t) {
  Object.defineProperty(t, '__proto__', {
    value: void 0,
    writable: !0,
    enumerable: !0,
    configurable: !0,
  });
}
function ef(t) {
  return new Zm(t).parse();
}
var Zm,
  _A = u(() => {
    Zm = class t {
      x;
      i = 0;
      z;
      constructor(e) {
        (this.x = e),
          (this.x = e.replace(
            /\r\n?/g,
            `
`,
          )),
          (this.z = this.x.length);
      }
      parse() {
        const { z: r } = this;
        for (; this.i < r && (this.trim(), !(this.i >= r)); )
          if (this.isNext('<?')) this.readTo('?>'), this.trim();
          else if (this.isNext('<!--')) this.readTo('-->'), this.trim();
          else if (this.isNext('<!DOCTYPE', !1)) this.skipDoctype(), this.trim();
          else if (this.x[this.i] === '<') {
            const o = this.parseTag();
            return { [o.tag]: o.value };
          } else throw new Error('@aws-sdk XML parse error: unexpected content.');
        throw new Error('@aws-sdk XML parse error: no root element.');
      }
      isNext(e, r = !0) {
        return r
          ? this.x.startsWith(e, this.i)
          : this.x.toLowerCase().startsWith(e.toLowerCase(), this.i);
      }
      readTo(e) {
        const o = this.x.indexOf(e, this.i);
        if (o === -1) throw new Error(`@aws-sdk XML parse error: expected "${e}" not found.`);
        const n = this.x.slice(this.i, o);
        return ((this.i = o + e.length), n);
      }
      trim() {
        for (
          ;
          this.i < this.z &&
          ` 	\r
`.includes(this.x[this.i]);
        )
          ++this.i;
      }
      readAttrValue() {
        const r = this.x[this.i];
        ++this.i;
        let o = '';
        for (; this.i < this.z && this.x[this.i] !== r; ) o += this.x[this.i++];
        return (++this.i, this.decodeEntities(o));
      }
      parseTag() {
        ++this.i;
        let r = '';
        for (
          ;
          this.i < this.z &&
          !` 	\r
>/`.includes(this.x[this.i]);
        )
          r += this.x[this.i++];
        let o = !1,
          n = {};
        for (; this.i < this.z && (this.trim(), !'>/'.includes(this.x[this.i])); ) {
          let l = '';
          for (
            ;
            this.i < this.z &&
            !`= 	\r
>/?`.includes(this.x[this.i]);
          )
            l += this.x[this.i++];
          if ((this.trim(), this.x[this.i] !== '=')) break;
          ++this.i,
            this.trim(),
            l === '__proto__' && Qm(n),
            (n[l] = this.readAttrValue()),
            (o = !0);
        }
        if (this.i >= this.z) throw new Error('@aws-sdk XML parse error: unexpected end of input.');
        if (this.x[this.i] === '/') {
          if ((++this.i, this.i >= this.z || this.x[this.i] !== '>'))
            throw new Error('@aws-sdk XML parse error: expected > at the end of self-closing tag.');
          return (++this.i, { tag: r, value: o ? n : '' });
        }
        if (this.x[this.i] !== '>')
          throw new Error('@aws-sdk XML parse error: expected > at the end of opening tag.');
        ++this.i;
        let s = [],
          i = [],
          a = !1;
        for (; this.i < this.z && !this.isNext('</'); )
          if (this.x[this.i] === '<')
            this.isNext('<!--')
              ? this.readTo('-->')
              : this.isNext('<![CDATA[')
                ? ((this.i += 9), s.push(this.readTo(']]>')))
                : this.isNext('<?')
                  ? this.readTo('?>')
                  : ((a = !0), i.push(this.parseTag()));
          else {
            let l = '';
            for (; this.i < this.z && this.x[this.i] !== '<'; ) l += this.x[this.i++];
            s.push(this.decodeEntities(l));
          }
        if (!this.isNext('</'))
          throw new Error(`@aws-sdk XML parse error: missing closing tag </${r}>.`);
        this.i += 2;
        const c = this.readTo('>').trim();
        if (c !== r)
          throw new Error(`@aws-sdk XML parse error: mismatched tags <${r}> and </${c}>.`);
        if (!o && s.length === 0 && !a) return { tag: r, value: '' };
        if (!o && !a) {
          const l = s.length === 1 ? s[0] : s.join('');
          return l.trim() === '' &&
            l.includes(`
`)
            ? { tag: r, value: '' }
            : { tag: r, value: l };
        }
        const p = {};
        for (const l of s)
          (l.trim() === '' &&
            l.includes(`
`)) ||
            (p['#text'] = '#text' in p ? p['#text'] + l : l);
        for (const l of i)
          l.tag === '__proto__' && Qm(p),
            l.tag in p
              ? Array.isArray(p[l.tag])
                ? p[l.tag].push(l.value)
                : (p[l.tag] = [p[l.tag], l.value])
              : (p[l.tag] = l.value);
        for (const [l, d] of Object.entries(n)) l === '__proto__' && Qm(p), (p[l] = d);
        return { tag: r, value: p };
      }
      static ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
      skipDoctype() {
        this.i += 9;
        let r = 0;
        for (; this.i < this.z; ) {
          const o = this.x[this.i];
          if (o === '[') ++r;
          else if (o === ']') --r;
          else if (o === '>' && r === 0) {
            ++this.i;
            return;
          }
          ++this.i;
        }
        throw new Error('@aws-sdk XML parse error: unclosed DOCTYPE.');
      }
      decodeEntities(e) {
        return e.replace(
          /&(?:#x([0-9a-fA-F]{1,6})|#(\d{1,7})|([a-zA-Z][a-zA-Z0-9]{0,30}));/g,
          (r, o, n, s) =>
            o
              ? String.fromCharCode(parseInt(o, 16))
              : n
                ? String.fromCharCode(parseInt(n, 10))
                : (t.ENTITIES[s] ?? ''),
        );
      }
    };
  });
var TA = u(() => {
  _A();
});
var _n,
  tf = u(() => {
    _n = class {
      serdeContext;
      setSerdeContext(e) {
        this.serdeContext = e;
      }
    };
  });
var Au,
  IA = u(() => {
    Au = class {
      from;
      to;
      keys;
      constructor(e, r) {
        (this.from = e), (this.to = r);
        const o = Object.keys(this.from),
          n = new Set(o);
        n.delete('__type'), (this.keys = n);
      }
      mark(e) {
        this.keys.delete(e);
      }
      hasUnknown() {
        return this.keys.size === 1 && Object.keys(this.to).length === 0;
      }
      writeUnknown() {
        if (this.hasUnknown()) {
          const e = this.keys.values().next().value,
            r = this.from[e];
          this.to.$unknown = [e, r];
        }
      }
    };
  });
function wA(t) {
  Object.defineProperty(t, '__proto__', {
    value: void 0,
    writable: !0,
    enumerable: !0,
    configurable: !0,
  });
}
var AA = u(() => {});
var bu,
  bA = u(() => {
    TA();
    b();
    N();
    X();
    R();
    tf();
    IA();
    AA();
    bu = class extends _n {
      settings;
      stringDeserializer;
      constructor(e) {
        super(), (this.settings = e), (this.stringDeserializer = new Po(e));
      }
      setSerdeContext(e) {
        (this.serdeContext = e), this.stringDeserializer.setSerdeContext(e);
      }
      read(e, r, o) {
        const n = O.of(e),
          s = n.getMemberSchemas();
        if (
          n.isStructSchema() &&
          n.isMemberSchema() &&
          Object.values(s).find((p) => !!p.getMemberTraits().eventPayload)
        ) {
          const p = {},
            l = Object.keys(s)[0];
          return (s[l].isBlobSchema() ? (p[l] = r) : (p[l] = this.read(s[l], r)), p);
        }
        const a = (this.serdeContext?.utf8Encoder ?? Z)(r),
          c = this.parseXml(a);
        return this.readSchema(e, o ? c[o] : c);
      }
      readSchema(e, r) {
        const o = O.of(e);
        if (o.isUnitSchema()) return;
        const n = o.getMergedTraits();
        if (o.isListSchema() && !Array.isArray(r)) return this.readSchema(o, [r]);
        if (r == null) return r;
        if (typeof r == 'object') {
          const s = !!n.xmlFlattened;
          if (o.isListSchema()) {
            const a = o.getValueSchema(),
              c = [],
              p = a.getMergedTraits().xmlName ?? 'member',
              l = s ? r : (r[0] ?? r)[p];
            if (l == null) return c;
            const d = Array.isArray(l) ? l : [l];
            for (const m of d) c.push(this.readSchema(a, m));
            return c;
          }
          const i = {};
          if (o.isMapSchema()) {
            let a = o.getKeySchema(),
              c = o.getValueSchema(),
              p;
            s
              ? (p = Array.isArray(r) ? r : [r])
              : (p = Array.isArray(r.entry) ? r.entry : [r.entry]);
            const l = a.getMergedTraits().xmlName ?? 'key',
              d = c.getMergedTraits().xmlName ?? 'value';
            for (const m of p) {
              const f = m[l],
                h = m[d];
              f === '__proto__' && wA(i), (i[f] = this.readSchema(c, h));
            }
            return i;
          }
          if (o.isStructSchema()) {
            let a = o.isUnionSchema(),
              c;
            a && (c = new Au(r, i));
            for (const [p, l] of o.structIterator()) {
              const d = l.getMergedTraits(),
                m = d.httpPayload ? (d.xmlName ?? l.getName()) : (l.getMemberTraits().xmlName ?? p);
              a && c.mark(m), r[m] != null && (i[p] = this.readSchema(l, r[m]));
            }
            return (a && c.writeUnknown(), i);
          }
          if (o.isDocumentSchema()) return r;
          throw new Error(
            `@aws-sdk/core/protocols - xml deserializer unhandled schema type for ${o.getName(!0)}`,
          );
        }
        return o.isListSchema()
          ? []
          : o.isMapSchema() || o.isStructSchema()
            ? {}
            : this.stringDeserializer.read(o, r);
      }
      parseXml(e) {
        if (e.length) {
          let r;
          try {
            r = ef(e);
          } catch (i) {
            throw (
              i &&
                typeof i == 'object' &&
                Object.defineProperty(i, '$responseBodyText', { value: e }),
              i
            );
          }
          const o = '#text',
            n = Object.keys(r)[0],
            s = r[n];
          return (s[o] && ((s[n] = s[o]), delete s[o]), ta(s));
        }
        return {};
      }
    };
  });
var Cu,
  CA = u(() => {
    N();
    X();
    R();
    R();
    tf();
    Cu = class extends _n {
      settings;
      buffer;
      constructor(e) {
        super(), (this.settings = e);
      }
      write(e, r, o = '') {
        this.buffer === void 0 && (this.buffer = '');
        const n = O.of(e);
        if ((o && !o.endsWith('.') && (o += '.'), n.isBlobSchema()))
          (typeof r == 'string' || r instanceof Uint8Array) &&
            (this.writeKey(o), this.writeValue((this.serdeContext?.base64Encoder ?? ue)(r)));
        else if (n.isBooleanSchema() || n.isNumericSchema() || n.isStringSchema())
          r != null
            ? (this.writeKey(o), this.writeValue(String(r)))
            : n.isIdempotencyToken() && (this.writeKey(o), this.writeValue(nn()));
        else if (n.isBigIntegerSchema())
          r != null && (this.writeKey(o), this.writeValue(String(r)));
        else if (n.isBigDecimalSchema())
          r != null && (this.writeKey(o), this.writeValue(r instanceof me ? r.string : String(r)));
        else if (n.isTimestampSchema()) {
          if (r instanceof Date)
            switch ((this.writeKey(o), No(n, this.settings))) {
              case 5:
                this.writeValue(r.toISOString().replace('.000Z', 'Z'));
                break;
              case 6:
                this.writeValue(Io(r));
                break;
              case 7:
                this.writeValue(String(r.getTime() / 1e3));
                break;
            }
        } else if (n.isDocumentSchema())
          Array.isArray(r)
            ? this.write(79, r, o)
            : r instanceof Date
              ? this.write(4, r, o)
              : r instanceof Uint8Array
                ? this.write(21, r, o)
                : r && typeof r == 'object'
                  ? this.write(143, r, o)
                  : (this.writeKey(o), this.writeValue(String(r)));
        else if (n.isListSchema()) {
          if (Array.isArray(r))
            if (r.length === 0)
              this.settings.serializeEmptyLists && (this.writeKey(o), this.writeValue(''));
            else {
              let s = n.getValueSchema(),
                i = this.settings.flattenLists || n.getMergedTraits().xmlFlattened,
                a = 1;
              for (const c of r) {
                if (c == null) continue;
                const p = s.getMergedTraits(),
                  l = this.getKey('member', p.xmlName, p.ec2QueryName),
                  d = i ? `${o}${a}` : `${o}${l}.${a}`;
                this.write(s, c, d), ++a;
              }
            }
        } else if (n.isMapSchema()) {
          if (r && typeof r == 'object') {
            let s = n.getKeySchema(),
              i = n.getValueSchema(),
              a = n.getMergedTraits().xmlFlattened,
              c = 1;
            for (const p in r) {
              const l = r[p];
              if (l == null) continue;
              const d = s.getMergedTraits(),
                m = this.getKey('key', d.xmlName, d.ec2QueryName),
                f = a ? `${o}${c}.${m}` : `${o}entry.${c}.${m}`,
                h = i.getMergedTraits(),
                S = this.getKey('value', h.xmlName, h.ec2QueryName),
                g = a ? `${o}${c}.${S}` : `${o}entry.${c}.${S}`;
              this.write(s, p, f), this.write(i, l, g), ++c;
            }
          }
        } else if (n.isStructSchema()) {
          if (r && typeof r == 'object') {
            let s = !1;
            for (const [i, a] of n.structIterator()) {
              if (r[i] == null && !a.isIdempotencyToken()) continue;
              const c = a.getMergedTraits(),
                p = this.getKey(i, c.xmlName, c.ec2QueryName, 'struct'),
                l = `${o}${p}`;
              this.write(a, r[i], l), (s = !0);
            }
            if (!s && n.isUnionSchema()) {
              const { $unknown: i } = r;
              if (Array.isArray(i)) {
                const [a, c] = i,
                  p = `${o}${a}`;
                this.write(15, c, p);
              }
            }
          }
        } else if (!n.isUnitSchema())
          throw new Error(
            `@aws-sdk/core/protocols - QuerySerializer unrecognized schema type ${n.getName(!0)}`,
          );
      }
      flush() {
        if (this.buffer === void 0)
          throw new Error(
            '@aws-sdk/core/protocols - QuerySerializer cannot flush with nothing written to buffer.',
          );
        const e = this.buffer;
        return (delete this.buffer, e);
      }
      getKey(e, r, o, n) {
        const { ec2: s, capitalizeKeys: i } = this.settings;
        if (s && o) return o;
        const a = r ?? e;
        return i && n === 'struct' ? a[0].toUpperCase() + a.slice(1) : a;
      }
      writeKey(e) {
        e.endsWith('.') && (e = e.slice(0, e.length - 1)), (this.buffer += `&${Co(e)}=`);
      }
      writeValue(e) {
        this.buffer += Co(e);
      }
    };
  });
var Ws,
  RA = u(() => {
    N();
    X();
    Iu();
    bA();
    CA();
    Ws = class extends Do {
      options;
      serializer;
      deserializer;
      mixin = new io();
      constructor(e) {
        super({ defaultNamespace: e.defaultNamespace, errorTypeRegistries: e.errorTypeRegistries }),
          (this.options = e);
        const r = {
          timestampFormat: { useTrait: !0, default: 5 },
          httpBindings: !1,
          xmlNamespace: e.xmlNamespace,
          serviceNamespace: e.defaultNamespace,
          serializeEmptyLists: !0,
        };
        (this.serializer = new Cu(r)), (this.deserializer = new bu(r));
      }
      getShapeId() {
        return 'aws.protocols#awsQuery';
      }
      setSerdeContext(e) {
        this.serializer.setSerdeContext(e), this.deserializer.setSerdeContext(e);
      }
      getPayloadCodec() {
        throw new Error('AWSQuery protocol has no payload codec.');
      }
      async serializeRequest(e, r, o) {
        const n = await super.serializeRequest(e, r, o);
        n.path.endsWith('/') || (n.path += '/'),
          (n.headers['content-type'] = 'application/x-www-form-urlencoded'),
          (Cr(e.input) === 'unit' || !n.body) && (n.body = '');
        const s = e.name.split('#')[1] ?? e.name;
        return (
          (n.body = `Action=${s}&Version=${this.options.version}` + n.body),
          n.body.endsWith('&') && (n.body = n.body.slice(-1)),
          n
        );
      }
      async deserializeResponse(e, r, o) {
        const n = this.deserializer,
          s = O.of(e.output),
          i = {};
        if (o.statusCode >= 300) {
          const l = await Re(o.body, r);
          l.byteLength > 0 && Object.assign(i, await n.read(15, l)),
            await this.handleError(e, r, o, i, this.deserializeMetadata(o));
        }
        for (const l in o.headers) {
          const d = o.headers[l];
          delete o.headers[l], (o.headers[l.toLowerCase()] = d);
        }
        const a = e.name.split('#')[1] ?? e.name,
          c = s.isStructSchema() && this.useNestedResult() ? a + 'Result' : void 0,
          p = await Re(o.body, r);
        return (
          p.byteLength > 0 && Object.assign(i, await n.read(s, p, c)),
          (i.$metadata = this.deserializeMetadata(o)),
          i
        );
      }
      useNestedResult() {
        return !0;
      }
      async handleError(e, r, o, n, s) {
        const i = this.loadQueryErrorCode(o, n) ?? 'Unknown';
        this.mixin.compose(this.compositeErrorRegistry, i, this.options.defaultNamespace);
        const a = this.loadQueryError(n) ?? {},
          c = this.loadQueryErrorMessage(n);
        (a.message = c), (a.Error = { Type: a.Type, Code: a.Code, Message: c });
        const { errorSchema: p, errorMetadata: l } =
            await this.mixin.getErrorSchemaOrThrowBaseException(
              i,
              this.options.defaultNamespace,
              o,
              a,
              s,
              this.mixin.findQueryCompatibleError,
            ),
          d = O.of(p),
          m = this.compositeErrorRegistry.getErrorCtor(p) ?? Error,
          f = new m({}),
          h = { Type: a.Error.Type, Code: a.Error.Code, Error: a.Error };
        for (const [S, g] of d.structIterator()) {
          const y = g.getMergedTraits().xmlName ?? S,
            E = a[y] ?? n[y];
          h[S] = this.deserializer.readSchema(g, E);
        }
        throw this.mixin.decorateServiceException(
          Object.assign(f, l, { $fault: d.getMergedTraits().error, message: c }, h),
          n,
        );
      }
      loadQueryErrorCode(e, r) {
        const o = (r.Errors?.[0]?.Error ?? r.Errors?.Error ?? r.Error)?.Code;
        if (o !== void 0) return o;
        if (e.statusCode == 404) return 'NotFound';
      }
      loadQueryError(e) {
        return e.Errors?.[0]?.Error ?? e.Errors?.Error ?? e.Error;
      }
      loadQueryErrorMessage(e) {
        const r = this.loadQueryError(e);
        return r?.message ?? r?.Message ?? e.message ?? e.Message ?? 'Unknown';
      }
      getDefaultContentType() {
        return 'application/x-www-form-urlencoded';
      }
    };
  });
var Bo = u(() => {
  EA();
  xA();
  N();
  RA();
});
var qs,
  Fo,
  Ru,
  vA,
  NA,
  vu,
  rf,
  OA,
  of,
  Tn,
  DA,
  PA,
  aU,
  Ye,
  cU,
  kA,
  LA = u(() => {
    ee();
    (qs = 'ref'),
      (Fo = -1),
      (Ru = !0),
      (vA = 'isSet'),
      (NA = 'PartitionResult'),
      (vu = 'booleanEquals'),
      (rf = 'getAttr'),
      (OA = { [qs]: 'Endpoint' }),
      (of = { [qs]: NA }),
      (Tn = {}),
      (DA = [{ [qs]: 'Region' }]),
      (PA = {
        conditions: [
          [vA, [OA]],
          [vA, DA],
          ['aws.partition', DA, NA],
          [vu, [{ [qs]: 'UseFIPS' }, Ru]],
          [vu, [{ [qs]: 'UseDualStack' }, Ru]],
          [vu, [{ fn: rf, argv: [of, 'supportsDualStack'] }, Ru]],
          [vu, [{ fn: rf, argv: [of, 'supportsFIPS'] }, Ru]],
          ['stringEquals', [{ fn: rf, argv: [of, 'name'] }, 'aws-us-gov']],
        ],
        results: [
          [Fo],
          [Fo, 'Invalid Configuration: FIPS and custom endpoint are not supported'],
          [Fo, 'Invalid Configuration: Dualstack and custom endpoint are not supported'],
          [OA, Tn],
          ['https://oidc-fips.{Region}.{PartitionResult#dualStackDnsSuffix}', Tn],
          [Fo, 'FIPS and DualStack are enabled, but this partition does not support one or both'],
          ['https://oidc.{Region}.amazonaws.com', Tn],
          ['https://oidc-fips.{Region}.{PartitionResult#dnsSuffix}', Tn],
          [Fo, 'FIPS is enabled but this partition does not support FIPS'],
          ['https://oidc.{Region}.{PartitionResult#dualStackDnsSuffix}', Tn],
          [Fo, 'DualStack is enabled but this partition does not support DualStack'],
          ['https://oidc.{Region}.{PartitionResult#dnsSuffix}', Tn],
          [Fo, 'Invalid Configuration: Missing Region'],
        ],
      }),
      (aU = 2),
      (Ye = 1e8),
      (cU = new Int32Array([
        -1,
        1,
        -1,
        0,
        13,
        3,
        1,
        4,
        Ye + 12,
        2,
        5,
        Ye + 12,
        3,
        8,
        6,
        4,
        7,
        Ye + 11,
        5,
        Ye + 9,
        Ye + 10,
        4,
        11,
        9,
        6,
        10,
        Ye + 8,
        7,
        Ye + 6,
        Ye + 7,
        5,
        12,
        Ye + 5,
        6,
        Ye + 4,
        Ye + 5,
        3,
        Ye + 1,
        14,
        4,
        Ye + 2,
        Ye + 3,
      ])),
      (kA = it.from(cU, aU, PA.conditions, PA.results));
  });
var uU,
  MA,
  UA = u(() => {
    k();
    ee();
    LA();
    (uU = new at({ size: 50, params: ['Endpoint', 'Region', 'UseDualStack', 'UseFIPS'] })),
      (MA = (t, e = {}) => uU.get(t, () => Vt(kA, { endpointParams: t, logger: e.logger })));
    Be.aws = St;
  });
var Se,
  Ou = u(() => {
    b();
    Se = class t extends et {
      static shapeId = 'smithy.ts.sdk.synthetic.com.amazonaws.ssooidc#SSOOIDCServiceException';
      constructor(e) {
        super(e), Object.setPrototypeOf(this, t.prototype);
      }
    };
  });
var Ys,
  Xs,
  Js,
  Qs,
  Zs,
  ei,
  ti,
  ri,
  oi,
  ni,
  si,
  nf = u(() => {
    Ou();
    (Ys = class t extends Se {
      static shapeId = 'com.amazonaws.ssooidc#AccessDeniedException';
      name = 'AccessDeniedException';
      $fault = 'client';
      error;
      reason;
      error_description;
      constructor(e) {
        super({ name: 'AccessDeniedException', $fault: 'client', ...e }),
          Object.setPrototypeOf(this, t.prototype),
          (this.error = e.error),
          (this.reason = e.reason),
          (this.error_description = e.error_description);
      }
    }),
      (Xs = class t extends Se {
        static shapeId = 'com.amazonaws.ssooidc#AuthorizationPendingException';
        name = 'AuthorizationPendingException';
        $fault = 'client';
        error;
        error_description;
        constructor(e) {
          super({ name: 'AuthorizationPendingException', $fault: 'client', ...e }),
            Object.setPrototypeOf(this, t.prototype),
            (this.error = e.error),
            (this.error_description = e.error_description);
        }
      }),
      (Js = class t extends Se {
        static shapeId = 'com.amazonaws.ssooidc#ExpiredTokenException';
        name = 'ExpiredTokenException';
        $fault = 'client';
        error;
        error_description;
        constructor(e) {
          super({ name: 'ExpiredTokenException', $fault: 'client', ...e }),
            Object.setPrototypeOf(this, t.prototype),
            (this.error = e.error),
            (this.error_description = e.error_description);
        }
      }),
      (Qs = class t extends Se {
        static shapeId = 'com.amazonaws.ssooidc#InternalServerException';
        name = 'InternalServerException';
        $fault = 'server';
        error;
        error_description;
        constructor(e) {
          super({ name: 'InternalServerException', $fault: 'server', ...e }),
            Object.setPrototypeOf(this, t.prototype),
            (this.error = e.error),
            (this.error_description = e.error_description);
        }
      }),
      (Zs = class t extends Se {
        static shapeId = 'com.amazonaws.ssooidc#InvalidClientException';
        name = 'InvalidClientException';
        $fault = 'client';
        error;
        error_description;
        constructor(e) {
          super({ name: 'InvalidClientException', $fault: 'client', ...e }),
            Object.setPrototypeOf(this, t.prototype),
            (this.error = e.error),
            (this.error_description = e.error_description);
        }
      }),
      (ei = class t extends Se {
        static shapeId = 'com.amazonaws.ssooidc#InvalidGrantException';
        name = 'InvalidGrantException';
        $fault = 'client';
        error;
        error_description;
        constructor(e) {
          super({ name: 'InvalidGrantException', $fault: 'client', ...e }),
            Object.setPrototypeOf(this, t.prototype),
            (this.error = e.error),
            (this.error_description = e.error_description);
        }
      }),
      (ti = class t extends Se {
        static shapeId = 'com.amazonaws.ssooidc#InvalidRequestException';
        name = 'InvalidRequestException';
        $fault = 'client';
        error;
        reason;
        error_description;
        constructor(e) {
          super({ name: 'InvalidRequestException', $fault: 'client', ...e }),
            Object.setPrototypeOf(this, t.prototype),
            (this.error = e.error),
            (this.reason = e.reason),
            (this.error_description = e.error_description);
        }
      }),
      (ri = class t extends Se {
        static shapeId = 'com.amazonaws.ssooidc#InvalidScopeException';
        name = 'InvalidScopeException';
        $fault = 'client';
        error;
        error_description;
        constructor(e) {
          super({ name: 'InvalidScopeException', $fault: 'client', ...e }),
            Object.setPrototypeOf(this, t.prototype),
            (this.error = e.error),
            (this.error_description = e.error_description);
        }
      }),
      (oi = class t extends Se {
        static shapeId = 'com.amazonaws.ssooidc#SlowDownException';
        name = 'SlowDownException';
        $fault = 'client';
        error;
        error_description;
        constructor(e) {
          super({ name: 'SlowDownException', $fault: 'client', ...e }),
            Object.setPrototypeOf(this, t.prototype),
            (this.error = e.error),
            (this.error_description = e.error_description);
        }
      }),
      (ni = class t extends Se {
        static shapeId = 'com.amazonaws.ssooidc#UnauthorizedClientException';
        name = 'UnauthorizedClientException';
        $fault = 'client';
        error;
        error_description;
        constructor(e) {
          super({ name: 'UnauthorizedClientException', $fault: 'client', ...e }),
            Object.setPrototypeOf(this, t.prototype),
            (this.error = e.error),
            (this.error_description = e.error_description);
        }
      }),
      (si = class t extends Se {
        static shapeId = 'com.amazonaws.ssooidc#UnsupportedGrantTypeException';
        name = 'UnsupportedGrantTypeException';
        $fault = 'client';
        error;
        error_description;
        constructor(e) {
          super({ name: 'UnsupportedGrantTypeException', $fault: 'client', ...e }),
            Object.setPrototypeOf(this, t.prototype),
            (this.error = e.error),
            (this.error_description = e.error_description);
        }
      });
  });
var pU,
  lU,
  dU,
  mU,
  fU,
  hU,
  gU,
  SU,
  yU,
  EU,
  xU,
  _U,
  TU,
  IU,
  wU,
  AU,
  bU,
  CU,
  RU,
  vU,
  wr,
  OU,
  DU,
  PU,
  NU,
  kU,
  ce,
  LU,
  sr,
  MU,
  UU,
  ir,
  $U,
  $A,
  BA,
  BU,
  FA,
  FU,
  VU,
  HU,
  le,
  VA,
  HA,
  _t,
  GA,
  KA,
  zA,
  jA,
  WA,
  qA,
  YA,
  XA,
  JA,
  QA,
  ZA,
  sf,
  GU,
  KU,
  zU,
  jU,
  eb,
  tb,
  rb,
  af,
  Du = u(() => {
    X();
    nf();
    Ou();
    (pU = 'AccessDeniedException'),
      (lU = 'AuthorizationPendingException'),
      (dU = 'AccessToken'),
      (mU = 'ClientSecret'),
      (fU = 'CreateToken'),
      (hU = 'CreateTokenRequest'),
      (gU = 'CreateTokenResponse'),
      (SU = 'CodeVerifier'),
      (yU = 'ExpiredTokenException'),
      (EU = 'InvalidClientException'),
      (xU = 'InvalidGrantException'),
      (_U = 'InvalidRequestException'),
      (TU = 'InternalServerException'),
      (IU = 'InvalidScopeException'),
      (wU = 'IdToken'),
      (AU = 'RefreshToken'),
      (bU = 'SlowDownException'),
      (CU = 'UnauthorizedClientException'),
      (RU = 'UnsupportedGrantTypeException'),
      (vU = 'accessToken'),
      (wr = 'client'),
      (OU = 'clientId'),
      (DU = 'clientSecret'),
      (PU = 'codeVerifier'),
      (NU = 'code'),
      (kU = 'deviceCode'),
      (ce = 'error'),
      (LU = 'expiresIn'),
      (sr = 'error_description'),
      (MU = 'grantType'),
      (UU = 'http'),
      (ir = 'httpError'),
      ($U = 'idToken'),
      ($A = 'reason'),
      (BA = 'refreshToken'),
      (BU = 'redirectUri'),
      (FA = 'smithy.ts.sdk.synthetic.com.amazonaws.ssooidc'),
      (FU = 'scope'),
      (VU = 'server'),
      (HU = 'tokenType'),
      (le = 'com.amazonaws.ssooidc'),
      (VA = new Q(FA)),
      (HA = [-3, FA, 'SSOOIDCServiceException', 0, [], []]);
    VA.registerError(HA, Se);
    (_t = new Q(le)), (GA = [-3, le, pU, { [ce]: wr, [ir]: 400 }, [ce, $A, sr], [0, 0, 0]]);
    _t.registerError(GA, Ys);
    KA = [-3, le, lU, { [ce]: wr, [ir]: 400 }, [ce, sr], [0, 0]];
    _t.registerError(KA, Xs);
    zA = [-3, le, yU, { [ce]: wr, [ir]: 400 }, [ce, sr], [0, 0]];
    _t.registerError(zA, Js);
    jA = [-3, le, TU, { [ce]: VU, [ir]: 500 }, [ce, sr], [0, 0]];
    _t.registerError(jA, Qs);
    WA = [-3, le, EU, { [ce]: wr, [ir]: 401 }, [ce, sr], [0, 0]];
    _t.registerError(WA, Zs);
    qA = [-3, le, xU, { [ce]: wr, [ir]: 400 }, [ce, sr], [0, 0]];
    _t.registerError(qA, ei);
    YA = [-3, le, _U, { [ce]: wr, [ir]: 400 }, [ce, $A, sr], [0, 0, 0]];
    _t.registerError(YA, ti);
    XA = [-3, le, IU, { [ce]: wr, [ir]: 400 }, [ce, sr], [0, 0]];
    _t.registerError(XA, ri);
    JA = [-3, le, bU, { [ce]: wr, [ir]: 400 }, [ce, sr], [0, 0]];
    _t.registerError(JA, oi);
    QA = [-3, le, CU, { [ce]: wr, [ir]: 400 }, [ce, sr], [0, 0]];
    _t.registerError(QA, ni);
    ZA = [-3, le, RU, { [ce]: wr, [ir]: 400 }, [ce, sr], [0, 0]];
    _t.registerError(ZA, si);
    (sf = [VA, _t]),
      (GU = [0, le, dU, 8, 0]),
      (KU = [0, le, mU, 8, 0]),
      (zU = [0, le, SU, 8, 0]),
      (jU = [0, le, wU, 8, 0]),
      (eb = [0, le, AU, 8, 0]),
      (tb = [
        3,
        le,
        hU,
        0,
        [OU, DU, MU, kU, NU, BA, FU, BU, PU],
        [0, [() => KU, 0], 0, 0, 0, [() => eb, 0], 64, 0, [() => zU, 0]],
        3,
      ]),
      (rb = [
        3,
        le,
        gU,
        0,
        [vU, HU, LU, BA, $U],
        [[() => GU, 0], 0, 1, [() => eb, 0], [() => jU, 0]],
      ]),
      (af = [9, le, fU, { [UU]: ['POST', '/token', 200] }, () => tb, () => rb]);
  });
var ob,
  nb = u(() => {
    Oe();
    Bo();
    ve();
    jr();
    b();
    N();
    R();
    Xm();
    UA();
    Du();
    ob = (t) => ({
      apiVersion: '2019-06-10',
      base64Decoder: t?.base64Decoder ?? de,
      base64Encoder: t?.base64Encoder ?? ue,
      disableHostPrefix: t?.disableHostPrefix ?? !1,
      endpointProvider: t?.endpointProvider ?? MA,
      extensions: t?.extensions ?? [],
      httpAuthSchemeProvider: t?.httpAuthSchemeProvider ?? fA,
      httpAuthSchemes: t?.httpAuthSchemes ?? [
        {
          schemeId: 'aws.auth#sigv4',
          identityProvider: (e) => e.getIdentityProvider('aws.auth#sigv4'),
          signer: new ge(),
        },
        {
          schemeId: 'smithy.api#noAuth',
          identityProvider: (e) => e.getIdentityProvider('smithy.api#noAuth') || (async () => ({})),
          signer: new Fe(),
        },
      ],
      logger: t?.logger ?? new Ee(),
      protocol: t?.protocol ?? Nr,
      protocolSettings: t?.protocolSettings ?? {
        defaultNamespace: 'com.amazonaws.ssooidc',
        errorTypeRegistries: sf,
        version: '2019-06-10',
        serviceTarget: 'AWSSSOOIDCService',
      },
      serviceId: t?.serviceId ?? 'SSO OIDC',
      sha256: t?.sha256 ?? mt,
      urlParser: t?.urlParser ?? fe,
      utf8Decoder: t?.utf8Decoder ?? re,
      utf8Encoder: t?.utf8Encoder ?? Z,
    });
  });
var sb,
  ib = u(() => {
    zs();
    k();
    Oe();
    b();
    D();
    gt();
    R();
    $o();
    nb();
    sb = (t) => {
      vt(process.version);
      const e = Ft(t),
        r = () => e().then(Rt),
        o = ob(t);
      Nt(process.version);
      const n = { profile: t?.profile, logger: o.logger };
      return {
        ...o,
        ...t,
        runtime: 'node',
        defaultsMode: e,
        authSchemePreference: t?.authSchemePreference ?? I(yt, n),
        bodyLengthChecker: t?.bodyLengthChecker ?? Lt,
        defaultSocketTimeout: kt(t?.requestHandler, 3e5),
        defaultUserAgentProvider:
          t?.defaultUserAgentProvider ?? tr({ serviceId: o.serviceId, clientVersion: so.version }),
        maxAttempts: t?.maxAttempts ?? I(Jt, t),
        region: t?.region ?? I($e, { ...st, ...n }),
        requestHandler: Ve.create(t?.requestHandler ?? r),
        retryMode:
          t?.retryMode ?? I({ ...Zt, default: async () => (await r()).retryMode || pt }, t),
        streamCollector: t?.streamCollector ?? We,
        useDualstackEndpoint: t?.useDualstackEndpoint ?? I(Ut, n),
        useFipsEndpoint: t?.useFipsEndpoint ?? I($t, n),
        userAgentAppId: t?.userAgentAppId ?? I(rr, n),
      };
    };
  });
var ab,
  cb,
  ub = u(() => {
    (ab = (t) => {
      let e = t.httpAuthSchemes,
        r = t.httpAuthSchemeProvider,
        o = t.credentials;
      return {
        setHttpAuthScheme(n) {
          const s = e.findIndex((i) => i.schemeId === n.schemeId);
          s === -1 ? e.push(n) : e.splice(s, 1, n);
        },
        httpAuthSchemes() {
          return e;
        },
        setHttpAuthSchemeProvider(n) {
          r = n;
        },
        httpAuthSchemeProvider() {
          return r;
        },
        setCredentials(n) {
          o = n;
        },
        credentials() {
          return o;
        },
      };
    }),
      (cb = (t) => ({
        httpAuthSchemes: t.httpAuthSchemes(),
        httpAuthSchemeProvider: t.httpAuthSchemeProvider(),
        credentials: t.credentials(),
      }));
  });
var pb,
  lb = u(() => {
    k();
    b();
    N();
    ub();
    pb = (t, e) => {
      const r = Object.assign(or(t), Ot(t), Ht(t), ab(t));
      return (e.forEach((o) => o.configure(r)), Object.assign(t, nr(r), Dt(r), Gt(r), cb(r)));
    };
  });
var ii,
  cf = u(() => {
    k();
    ve();
    b();
    D();
    ee();
    N();
    gt();
    X();
    Xm();
    Jm();
    ib();
    lb();
    ii = class extends he {
      config;
      constructor(...[e]) {
        const r = sb(e || {});
        super(r), (this.initConfig = r);
        const o = gA(r),
          n = Xt(o),
          s = Qt(n),
          i = Bt(s),
          a = i,
          c = hr(a),
          p = hA(c),
          l = pb(p, e?.extensions || []);
        (this.config = l),
          this.middlewareStack.use(Ct(this.config)),
          this.middlewareStack.use(er(this.config)),
          this.middlewareStack.use(xr(this.config)),
          this.middlewareStack.use(Kt(this.config)),
          this.middlewareStack.use(jt(this.config)),
          this.middlewareStack.use(Wt(this.config)),
          this.middlewareStack.use(qt(this.config)),
          this.middlewareStack.use(
            ft(this.config, {
              httpAuthSchemeParametersProvider: mA,
              identityProviderConfigProvider: async (d) =>
                new qe({ 'aws.auth#sigv4': d.credentials }),
            }),
          ),
          this.middlewareStack.use(ht(this.config));
      }
      destroy() {
        super.destroy();
      }
    };
  });
var db,
  mb,
  fb,
  hb = u(() => {
    b();
    ee();
    Jm();
    (db = Pt(SA, 'AWSSSOOIDCService', 'SSOOIDCClient', gr)), (mb = {}), (fb = (t, e, r, o) => []);
  });
var ai,
  uf = u(() => {
    hb();
    Du();
    ai = class extends db(mb, fb, 'CreateToken', af) {};
  });
var WU,
  Pu,
  gb = u(() => {
    b();
    uf();
    cf();
    (WU = { CreateTokenCommand: ai }), (Pu = class extends ii {});
    Rr(WU, Pu);
  });
var Sb = u(() => {
  uf();
});
var qU,
  YU,
  yb = u(() => {
    (qU = { KMS_ACCESS_DENIED: 'KMS_AccessDeniedException' }),
      (YU = {
        KMS_DISABLED_KEY: 'KMS_DisabledException',
        KMS_INVALID_KEY_USAGE: 'KMS_InvalidKeyUsageException',
        KMS_INVALID_STATE: 'KMS_InvalidStateException',
        KMS_KEY_NOT_FOUND: 'KMS_NotFoundException',
      });
  });
var Eb = u(() => {});
var pf = {};
Ze(pf, {
  $Command: () => je,
  AccessDeniedException: () => Ys,
  AccessDeniedException$: () => GA,
  AccessDeniedExceptionReason: () => qU,
  AuthorizationPendingException: () => Xs,
  AuthorizationPendingException$: () => KA,
  CreateToken$: () => af,
  CreateTokenCommand: () => ai,
  CreateTokenRequest$: () => tb,
  CreateTokenResponse$: () => rb,
  ExpiredTokenException: () => Js,
  ExpiredTokenException$: () => zA,
  InternalServerException: () => Qs,
  InternalServerException$: () => jA,
  InvalidClientException: () => Zs,
  InvalidClientException$: () => WA,
  InvalidGrantException: () => ei,
  InvalidGrantException$: () => qA,
  InvalidRequestException: () => ti,
  InvalidRequestException$: () => YA,
  InvalidRequestExceptionReason: () => YU,
  InvalidScopeException: () => ri,
  InvalidScopeException$: () => XA,
  SSOOIDC: () => Pu,
  SSOOIDCClient: () => ii,
  SSOOIDCServiceException: () => Se,
  SSOOIDCServiceException$: () => HA,
  SlowDownException: () => oi,
  SlowDownException$: () => JA,
  UnauthorizedClientException: () => ni,
  UnauthorizedClientException$: () => QA,
  UnsupportedGrantTypeException: () => si,
  UnsupportedGrantTypeException$: () => ZA,
  __Client: () => he,
  errorTypeRegistries: () => sf,
});
var lf = u(() => {
  cf();
  gb();
  Sb();
  b();
  Du();
  yb();
  nf();
  Eb();
  Ou();
});
var xb,
  _b = u(() => {
    xb = async (t, e = {}, r) => {
      const { SSOOIDCClient: o } = await Promise.resolve().then(() => (lf(), pf)),
        n = (i) => e.clientConfig?.[i] ?? e.parentClientConfig?.[i] ?? r?.[i];
      return new o(
        Object.assign({}, e.clientConfig ?? {}, {
          region: t ?? e.clientConfig?.region,
          logger: n('logger'),
          userAgentAppId: n('userAgentAppId'),
        }),
      );
    };
  });
var Tb,
  Ib = u(() => {
    _b();
    Tb = async (t, e, r = {}, o) => {
      const { CreateTokenCommand: n } = await Promise.resolve().then(() => (lf(), pf));
      return (await xb(e, r, o)).send(
        new n({
          clientId: t.clientId,
          clientSecret: t.clientSecret,
          refreshToken: t.refreshToken,
          grantType: 'refresh_token',
        }),
      );
    };
  });
var df,
  wb = u(() => {
    D();
    Tu();
    df = (t) => {
      if (t.expiration && t.expiration.getTime() < Date.now())
        throw new ot(`Token is expired. ${xn}`, !1);
    };
  });
var ao,
  Ab = u(() => {
    D();
    Tu();
    ao = (t, e, r = !1) => {
      if (typeof e > 'u')
        throw new ot(
          `Value not present for '${t}' in SSO Token${r ? '. Cannot refresh' : ''}. ${xn}`,
          !1,
        );
    };
  });

import { promises as XU } from 'node:fs';

var JU,
  bb,
  Cb = u(() => {
    D();
    ({ writeFile: JU } = XU),
      (bb = (t, e) => {
        const r = rs(t),
          o = JSON.stringify(e, null, 2);
        return JU(r, o);
      });
  });
var Rb,
  Nu,
  mf,
  vb = u(() => {
    D();
    Tu();
    Ib();
    wb();
    Ab();
    Cb();
    (Rb = new Map()),
      (Nu = new Map()),
      (mf =
        (t = {}) =>
        async ({ callerClientConfig: e } = {}) => {
          t.logger?.debug('@aws-sdk/token-providers - fromSso');
          const r = await Mt(t),
            o = Ue({ profile: t.profile ?? e?.profile }),
            n = r[o];
          if (n) {
            if (!n.sso_session)
              throw new ot(`Profile '${o}' is missing required property 'sso_session'.`);
          } else throw new ot(`Profile '${o}' could not be found in shared credentials file.`, !1);
          const s = n.sso_session,
            i = Nu.get(s);
          if (i) return await i;
          const c = (await cs(t))[s];
          if (!c)
            throw new ot(`Sso session '${s}' could not be found in shared credentials file.`, !1);
          for (const E of ['sso_start_url', 'sso_region'])
            if (!c[E]) throw new ot(`Sso session '${s}' is missing required property '${E}'.`, !1);
          let p = c.sso_start_url,
            l = c.sso_region,
            d;
          try {
            d = await ns(s);
          } catch {
            throw new ot(
              `The SSO session token associated with profile=${o} was not found or is invalid. ${xn}`,
              !1,
            );
          }
          ao('accessToken', d.accessToken), ao('expiresAt', d.expiresAt);
          const { accessToken: m, expiresAt: f } = d,
            h = { token: m, expiration: new Date(f) };
          if (h.expiration.getTime() - Date.now() > 3e5) return h;
          const S = Nu.get(s);
          if (S) return await S;
          const g = Rb.get(s) ?? 0;
          if (Date.now() - g < 30 * 1e3) return (df(h), h);
          ao('clientId', d.clientId, !0),
            ao('clientSecret', d.clientSecret, !0),
            ao('refreshToken', d.refreshToken, !0);
          const y = (async () => {
            try {
              Rb.set(s, Date.now());
              const E = await Tb(d, l, t, e);
              ao('accessToken', E.accessToken), ao('expiresIn', E.expiresIn);
              const T = new Date(Date.now() + E.expiresIn * 1e3);
              try {
                await bb(s, {
                  ...d,
                  accessToken: E.accessToken,
                  expiresAt: T.toISOString(),
                  refreshToken: E.refreshToken,
                });
              } catch {}
              return { token: E.accessToken, expiration: T };
            } catch {
              return (df(h), h);
            }
          })();
          Nu.set(s, y);
          try {
            return await y;
          } finally {
            Nu.delete(s);
          }
        });
  });
var Ob = u(() => {
  vb();
});
function ZU(t) {
  return {
    schemeId: 'aws.auth#sigv4',
    signingProperties: { name: 'awsssoportal', region: t.region },
    propertiesExtractor: (e, r) => ({ signingProperties: { config: e, context: r } }),
  };
}
function e$(t) {
  return { schemeId: 'smithy.api#noAuth' };
}
var Db,
  Pb,
  Nb,
  ff = u(() => {
    Oe();
    b();
    Db = async (t, e, r) => ({
      operation: te(e).operation,
      region:
        (await Y(t.region)()) ||
        (() => {
          throw new Error('expected `region` to be configured for `aws.auth#sigv4`');
        })(),
    });
    (Pb = (t) => {
      const e = [];
      return (t.operation === 'GetRoleCredentials' ? e.push(e$(t)) : e.push(ZU(t)), e);
    }),
      (Nb = (t) => {
        const e = Tr(t);
        return Object.assign(e, { authSchemePreference: Y(t.authSchemePreference ?? []) });
      });
  });
var kb,
  Lb,
  hf = u(() => {
    (kb = (t) =>
      Object.assign(t, {
        useDualstackEndpoint: t.useDualstackEndpoint ?? !1,
        useFipsEndpoint: t.useFipsEndpoint ?? !1,
        defaultSigningName: 'awsssoportal',
      })),
      (Lb = {
        UseFIPS: { type: 'builtInParams', name: 'useFipsEndpoint' },
        Endpoint: { type: 'builtInParams', name: 'endpoint' },
        Region: { type: 'builtInParams', name: 'region' },
        UseDualStack: { type: 'builtInParams', name: 'useDualstackEndpoint' },
      });
  });
var ci,
  Vo,
  ku,
  Mb,
  Fb,
  Lu,
  gf,
  Ub,
  Sf,
  In,
  $b,
  Bb,
  t$,
  Xe,
  r$,
  Vb,
  Hb = u(() => {
    ee();
    (ci = 'ref'),
      (Vo = -1),
      (ku = !0),
      (Mb = 'isSet'),
      (Fb = 'PartitionResult'),
      (Lu = 'booleanEquals'),
      (gf = 'getAttr'),
      (Ub = { [ci]: 'Endpoint' }),
      (Sf = { [ci]: Fb }),
      (In = {}),
      ($b = [{ [ci]: 'Region' }]),
      (Bb = {
        conditions: [
          [Mb, [Ub]],
          [Mb, $b],
          ['aws.partition', $b, Fb],
          [Lu, [{ [ci]: 'UseFIPS' }, ku]],
          [Lu, [{ [ci]: 'UseDualStack' }, ku]],
          [Lu, [{ fn: gf, argv: [Sf, 'supportsDualStack'] }, ku]],
          [Lu, [{ fn: gf, argv: [Sf, 'supportsFIPS'] }, ku]],
          ['stringEquals', [{ fn: gf, argv: [Sf, 'name'] }, 'aws-us-gov']],
        ],
        results: [
          [Vo],
          [Vo, 'Invalid Configuration: FIPS and custom endpoint are not supported'],
          [Vo, 'Invalid Configuration: Dualstack and custom endpoint are not supported'],
          [Ub, In],
          ['https://portal.sso-fips.{Region}.{PartitionResult#dualStackDnsSuffix}', In],
          [Vo, 'FIPS and DualStack are enabled, but this partition does not support one or both'],
          ['https://portal.sso.{Region}.amazonaws.com', In],
          ['https://portal.sso-fips.{Region}.{PartitionResult#dnsSuffix}', In],
          [Vo, 'FIPS is enabled but this partition does not support FIPS'],
          ['https://portal.sso.{Region}.{PartitionResult#dualStackDnsSuffix}', In],
          [Vo, 'DualStack is enabled but this partition does not support DualStack'],
          ['https://portal.sso.{Region}.{PartitionResult#dnsSuffix}', In],
          [Vo, 'Invalid Configuration: Missing Region'],
        ],
      }),
      (t$ = 2),
      (Xe = 1e8),
      (r$ = new Int32Array([
        -1,
        1,
        -1,
        0,
        13,
        3,
        1,
        4,
        Xe + 12,
        2,
        5,
        Xe + 12,
        3,
        8,
        6,
        4,
        7,
        Xe + 11,
        5,
        Xe + 9,
        Xe + 10,
        4,
        11,
        9,
        6,
        10,
        Xe + 8,
        7,
        Xe + 6,
        Xe + 7,
        5,
        12,
        Xe + 5,
        6,
        Xe + 4,
        Xe + 5,
        3,
        Xe + 1,
        14,
        4,
        Xe + 2,
        Xe + 3,
      ])),
      (Vb = it.from(r$, t$, Bb.conditions, Bb.results));
  });
var o$,
  Gb,
  Kb = u(() => {
    k();
    ee();
    Hb();
    (o$ = new at({ size: 50, params: ['Endpoint', 'Region', 'UseDualStack', 'UseFIPS'] })),
      (Gb = (t, e = {}) => o$.get(t, () => Vt(Vb, { endpointParams: t, logger: e.logger })));
    Be.aws = St;
  });
var kr,
  yf = u(() => {
    b();
    kr = class t extends et {
      static shapeId = 'smithy.ts.sdk.synthetic.com.amazonaws.sso#SSOServiceException';
      constructor(e) {
        super(e), Object.setPrototypeOf(this, t.prototype);
      }
    };
  });
var Mu,
  Uu,
  $u,
  Bu,
  Ef = u(() => {
    yf();
    (Mu = class t extends kr {
      static shapeId = 'com.amazonaws.sso#InvalidRequestException';
      name = 'InvalidRequestException';
      $fault = 'client';
      constructor(e) {
        super({ name: 'InvalidRequestException', $fault: 'client', ...e }),
          Object.setPrototypeOf(this, t.prototype);
      }
    }),
      (Uu = class t extends kr {
        static shapeId = 'com.amazonaws.sso#ResourceNotFoundException';
        name = 'ResourceNotFoundException';
        $fault = 'client';
        constructor(e) {
          super({ name: 'ResourceNotFoundException', $fault: 'client', ...e }),
            Object.setPrototypeOf(this, t.prototype);
        }
      }),
      ($u = class t extends kr {
        static shapeId = 'com.amazonaws.sso#TooManyRequestsException';
        name = 'TooManyRequestsException';
        $fault = 'client';
        constructor(e) {
          super({ name: 'TooManyRequestsException', $fault: 'client', ...e }),
            Object.setPrototypeOf(this, t.prototype);
        }
      }),
      (Bu = class t extends kr {
        static shapeId = 'com.amazonaws.sso#UnauthorizedException';
        name = 'UnauthorizedException';
        $fault = 'client';
        constructor(e) {
          super({ name: 'UnauthorizedException', $fault: 'client', ...e }),
            Object.setPrototypeOf(this, t.prototype);
        }
      });
  });
var n$,
  s$,
  i$,
  a$,
  c$,
  u$,
  p$,
  l$,
  d$,
  m$,
  f$,
  h$,
  g$,
  S$,
  y$,
  Fu,
  Vu,
  E$,
  x$,
  Hu,
  _$,
  zb,
  Gu,
  T$,
  I$,
  w$,
  jb,
  A$,
  b$,
  C$,
  Tt,
  Wb,
  R$,
  ui,
  v$,
  O$,
  D$,
  P$,
  qb,
  N$,
  k$,
  L$,
  M$,
  U$,
  $$,
  Yb,
  Ku = u(() => {
    X();
    Ef();
    yf();
    (n$ = 'AccessTokenType'),
      (s$ = 'GetRoleCredentials'),
      (i$ = 'GetRoleCredentialsRequest'),
      (a$ = 'GetRoleCredentialsResponse'),
      (c$ = 'InvalidRequestException'),
      (u$ = 'RoleCredentials'),
      (p$ = 'ResourceNotFoundException'),
      (l$ = 'SecretAccessKeyType'),
      (d$ = 'SessionTokenType'),
      (m$ = 'TooManyRequestsException'),
      (f$ = 'UnauthorizedException'),
      (h$ = 'accountId'),
      (g$ = 'accessKeyId'),
      (S$ = 'accessToken'),
      (y$ = 'account_id'),
      (Fu = 'client'),
      (Vu = 'error'),
      (E$ = 'expiration'),
      (x$ = 'http'),
      (Hu = 'httpError'),
      (_$ = 'httpHeader'),
      (zb = 'httpQuery'),
      (Gu = 'message'),
      (T$ = 'roleCredentials'),
      (I$ = 'roleName'),
      (w$ = 'role_name'),
      (jb = 'smithy.ts.sdk.synthetic.com.amazonaws.sso'),
      (A$ = 'secretAccessKey'),
      (b$ = 'sessionToken'),
      (C$ = 'x-amz-sso_bearer_token'),
      (Tt = 'com.amazonaws.sso'),
      (Wb = new Q(jb)),
      (R$ = [-3, jb, 'SSOServiceException', 0, [], []]);
    Wb.registerError(R$, kr);
    (ui = new Q(Tt)), (v$ = [-3, Tt, c$, { [Vu]: Fu, [Hu]: 400 }, [Gu], [0]]);
    ui.registerError(v$, Mu);
    O$ = [-3, Tt, p$, { [Vu]: Fu, [Hu]: 404 }, [Gu], [0]];
    ui.registerError(O$, Uu);
    D$ = [-3, Tt, m$, { [Vu]: Fu, [Hu]: 429 }, [Gu], [0]];
    ui.registerError(D$, $u);
    P$ = [-3, Tt, f$, { [Vu]: Fu, [Hu]: 401 }, [Gu], [0]];
    ui.registerError(P$, Bu);
    (qb = [Wb, ui]),
      (N$ = [0, Tt, n$, 8, 0]),
      (k$ = [0, Tt, l$, 8, 0]),
      (L$ = [0, Tt, d$, 8, 0]),
      (M$ = [
        3,
        Tt,
        i$,
        0,
        [I$, h$, S$],
        [
          [0, { [zb]: w$ }],
          [0, { [zb]: y$ }],
          [() => N$, { [_$]: C$ }],
        ],
        3,
      ]),
      (U$ = [3, Tt, a$, 0, [T$], [[() => $$, 0]]]),
      ($$ = [3, Tt, u$, 0, [g$, A$, b$, E$], [0, [() => k$, 0], [() => L$, 0], 1]]),
      (Yb = [9, Tt, s$, { [x$]: ['GET', '/federation/credentials', 200] }, () => M$, () => U$]);
  });
var Xb,
  Jb = u(() => {
    Oe();
    Bo();
    ve();
    jr();
    b();
    N();
    R();
    ff();
    Kb();
    Ku();
    Xb = (t) => ({
      apiVersion: '2019-06-10',
      base64Decoder: t?.base64Decoder ?? de,
      base64Encoder: t?.base64Encoder ?? ue,
      disableHostPrefix: t?.disableHostPrefix ?? !1,
      endpointProvider: t?.endpointProvider ?? Gb,
      extensions: t?.extensions ?? [],
      httpAuthSchemeProvider: t?.httpAuthSchemeProvider ?? Pb,
      httpAuthSchemes: t?.httpAuthSchemes ?? [
        {
          schemeId: 'aws.auth#sigv4',
          identityProvider: (e) => e.getIdentityProvider('aws.auth#sigv4'),
          signer: new ge(),
        },
        {
          schemeId: 'smithy.api#noAuth',
          identityProvider: (e) => e.getIdentityProvider('smithy.api#noAuth') || (async () => ({})),
          signer: new Fe(),
        },
      ],
      logger: t?.logger ?? new Ee(),
      protocol: t?.protocol ?? Nr,
      protocolSettings: t?.protocolSettings ?? {
        defaultNamespace: 'com.amazonaws.sso',
        errorTypeRegistries: qb,
        version: '2019-06-10',
        serviceTarget: 'SWBPortalService',
      },
      serviceId: t?.serviceId ?? 'SSO',
      sha256: t?.sha256 ?? mt,
      urlParser: t?.urlParser ?? fe,
      utf8Decoder: t?.utf8Decoder ?? re,
      utf8Encoder: t?.utf8Encoder ?? Z,
    });
  });
var Qb,
  Zb = u(() => {
    zs();
    k();
    Oe();
    b();
    D();
    gt();
    R();
    $o();
    Jb();
    Qb = (t) => {
      vt(process.version);
      const e = Ft(t),
        r = () => e().then(Rt),
        o = Xb(t);
      Nt(process.version);
      const n = { profile: t?.profile, logger: o.logger };
      return {
        ...o,
        ...t,
        runtime: 'node',
        defaultsMode: e,
        authSchemePreference: t?.authSchemePreference ?? I(yt, n),
        bodyLengthChecker: t?.bodyLengthChecker ?? Lt,
        defaultSocketTimeout: kt(t?.requestHandler, 3e5),
        defaultUserAgentProvider:
          t?.defaultUserAgentProvider ?? tr({ serviceId: o.serviceId, clientVersion: so.version }),
        maxAttempts: t?.maxAttempts ?? I(Jt, t),
        region: t?.region ?? I($e, { ...st, ...n }),
        requestHandler: Ve.create(t?.requestHandler ?? r),
        retryMode:
          t?.retryMode ?? I({ ...Zt, default: async () => (await r()).retryMode || pt }, t),
        streamCollector: t?.streamCollector ?? We,
        useDualstackEndpoint: t?.useDualstackEndpoint ?? I(Ut, n),
        useFipsEndpoint: t?.useFipsEndpoint ?? I($t, n),
        userAgentAppId: t?.userAgentAppId ?? I(rr, n),
      };
    };
  });
var e0,
  t0,
  r0 = u(() => {
    (e0 = (t) => {
      let e = t.httpAuthSchemes,
        r = t.httpAuthSchemeProvider,
        o = t.credentials;
      return {
        setHttpAuthScheme(n) {
          const s = e.findIndex((i) => i.schemeId === n.schemeId);
          s === -1 ? e.push(n) : e.splice(s, 1, n);
        },
        httpAuthSchemes() {
          return e;
        },
        setHttpAuthSchemeProvider(n) {
          r = n;
        },
        httpAuthSchemeProvider() {
          return r;
        },
        setCredentials(n) {
          o = n;
        },
        credentials() {
          return o;
        },
      };
    }),
      (t0 = (t) => ({
        httpAuthSchemes: t.httpAuthSchemes(),
        httpAuthSchemeProvider: t.httpAuthSchemeProvider(),
        credentials: t.credentials(),
      }));
  });
var o0,
  n0 = u(() => {
    k();
    b();
    N();
    r0();
    o0 = (t, e) => {
      const r = Object.assign(or(t), Ot(t), Ht(t), e0(t));
      return (e.forEach((o) => o.configure(r)), Object.assign(t, nr(r), Dt(r), Gt(r), t0(r)));
    };
  });
var wn,
  xf = u(() => {
    k();
    ve();
    b();
    D();
    ee();
    N();
    gt();
    X();
    ff();
    hf();
    Zb();
    n0();
    wn = class extends he {
      config;
      constructor(...[e]) {
        const r = Qb(e || {});
        super(r), (this.initConfig = r);
        const o = kb(r),
          n = Xt(o),
          s = Qt(n),
          i = Bt(s),
          a = i,
          c = hr(a),
          p = Nb(c),
          l = o0(p, e?.extensions || []);
        (this.config = l),
          this.middlewareStack.use(Ct(this.config)),
          this.middlewareStack.use(er(this.config)),
          this.middlewareStack.use(xr(this.config)),
          this.middlewareStack.use(Kt(this.config)),
          this.middlewareStack.use(jt(this.config)),
          this.middlewareStack.use(Wt(this.config)),
          this.middlewareStack.use(qt(this.config)),
          this.middlewareStack.use(
            ft(this.config, {
              httpAuthSchemeParametersProvider: Db,
              identityProviderConfigProvider: async (d) =>
                new qe({ 'aws.auth#sigv4': d.credentials }),
            }),
          ),
          this.middlewareStack.use(ht(this.config));
      }
      destroy() {
        super.destroy();
      }
    };
  });
var s0,
  i0,
  a0,
  c0 = u(() => {
    b();
    ee();
    hf();
    (s0 = Pt(Lb, 'SWBPortalService', 'SSOClient', gr)), (i0 = {}), (a0 = (t, e, r, o) => []);
  });
var An,
  _f = u(() => {
    c0();
    Ku();
    An = class extends s0(i0, a0, 'GetRoleCredentials', Yb) {};
  });
var B$,
  Tf,
  u0 = u(() => {
    b();
    _f();
    xf();
    (B$ = { GetRoleCredentialsCommand: An }), (Tf = class extends wn {});
    Rr(B$, Tf);
  });
var p0 = u(() => {
  _f();
});
var l0 = u(() => {});
var d0 = u(() => {
  xf();
  u0();
  p0();
  Ku();
  Ef();
  l0();
});
var m0 = {};
Ze(m0, { GetRoleCredentialsCommand: () => An, SSOClient: () => wn });
var f0 = u(() => {
  d0();
});
var pi,
  If,
  h0 = u(() => {
    k();
    Ob();
    D();
    (pi = !1),
      (If = async ({
        ssoStartUrl: t,
        ssoSession: e,
        ssoAccountId: r,
        ssoRegion: o,
        ssoRoleName: n,
        ssoClient: s,
        clientConfig: i,
        parentClientConfig: a,
        callerClientConfig: c,
        profile: p,
        filepath: l,
        configFilepath: d,
        ignoreCache: m,
        logger: f,
      }) => {
        let h,
          S = 'To refresh this SSO session run aws sso login with the corresponding profile.';
        if (e)
          try {
            const ze = await mf({
              profile: p,
              filepath: l,
              configFilepath: d,
              ignoreCache: m,
              clientConfig: i,
              parentClientConfig: a,
              logger: f,
            })({ callerClientConfig: c });
            h = { accessToken: ze.token, expiresAt: new Date(ze.expiration).toISOString() };
          } catch (ze) {
            throw new _(ze.message, { tryNextLink: pi, logger: f });
          }
        else
          try {
            h = await ns(t);
          } catch {
            throw new _(`The SSO session associated with this profile is invalid. ${S}`, {
              tryNextLink: pi,
              logger: f,
            });
          }
        if (new Date(h.expiresAt).getTime() - Date.now() <= 0)
          throw new _(`The SSO session associated with this profile has expired. ${S}`, {
            tryNextLink: pi,
            logger: f,
          });
        let { accessToken: g } = h,
          { SSOClient: y, GetRoleCredentialsCommand: E } = await Promise.resolve().then(
            () => (f0(), m0),
          ),
          T =
            s ||
            new y(
              Object.assign({}, i ?? {}, {
                logger: i?.logger ?? c?.logger ?? a?.logger,
                region: i?.region ?? o,
                userAgentAppId: i?.userAgentAppId ?? c?.userAgentAppId ?? a?.userAgentAppId,
              }),
            ),
          w;
        try {
          w = await T.send(new E({ accountId: r, roleName: n, accessToken: g }));
        } catch (ze) {
          throw new _(ze, { tryNextLink: pi, logger: f });
        }
        const {
          roleCredentials: {
            accessKeyId: v,
            secretAccessKey: W,
            sessionToken: J,
            expiration: dt,
            credentialScope: pr,
            accountId: ie,
          } = {},
        } = w;
        if (!v || !W || !J || !dt)
          throw new _('SSO returns an invalid temporary credential.', {
            tryNextLink: pi,
            logger: f,
          });
        const ye = {
          accessKeyId: v,
          secretAccessKey: W,
          sessionToken: J,
          expiration: new Date(dt),
          ...(pr && { credentialScope: pr }),
          ...(ie && { accountId: ie }),
        };
        return (e ? L(ye, 'CREDENTIALS_SSO', 's') : L(ye, 'CREDENTIALS_SSO_LEGACY', 'u'), ye);
      });
  });
var zu,
  wf = u(() => {
    D();
    zu = (t, e) => {
      const { sso_start_url: r, sso_account_id: o, sso_region: n, sso_role_name: s } = t;
      if (!r || !o || !n || !s)
        throw new _(
          `Profile is configured with invalid SSO credentials. Required parameters "sso_account_id", "sso_region", "sso_role_name", "sso_start_url". Got ${Object.keys(t).join(', ')}
Reference: https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-sso.html`,
          { tryNextLink: !1, logger: e },
        );
      return t;
    };
  });
var g0,
  S0 = u(() => {
    D();
    Ym();
    h0();
    wf();
    g0 =
      (t = {}) =>
      async ({ callerClientConfig: e } = {}) => {
        t.logger?.debug('@aws-sdk/credential-provider-sso - fromSSO');
        const { ssoStartUrl: r, ssoAccountId: o, ssoRegion: n, ssoRoleName: s, ssoSession: i } = t,
          { ssoClient: a } = t,
          c = Ue({ profile: t.profile ?? e?.profile });
        if (!r && !o && !n && !s && !i) {
          const l = (await Mt(t))[c];
          if (!l) throw new _(`Profile ${c} was not found.`, { logger: t.logger });
          if (!_u(l))
            throw new _(`Profile ${c} is not configured with SSO credentials.`, {
              logger: t.logger,
            });
          if (l?.sso_session) {
            const y = (await cs(t))[l.sso_session],
              E = ` configurations in profile ${c} and sso-session ${l.sso_session}`;
            if (n && n !== y.sso_region)
              throw new _('Conflicting SSO region' + E, { tryNextLink: !1, logger: t.logger });
            if (r && r !== y.sso_start_url)
              throw new _('Conflicting SSO start_url' + E, { tryNextLink: !1, logger: t.logger });
            (l.sso_region = y.sso_region), (l.sso_start_url = y.sso_start_url);
          }
          const {
            sso_start_url: d,
            sso_account_id: m,
            sso_region: f,
            sso_role_name: h,
            sso_session: S,
          } = zu(l, t.logger);
          return If({
            ssoStartUrl: d,
            ssoSession: S,
            ssoAccountId: m,
            ssoRegion: f,
            ssoRoleName: h,
            ssoClient: a,
            clientConfig: t.clientConfig,
            parentClientConfig: t.parentClientConfig,
            callerClientConfig: t.callerClientConfig,
            profile: c,
            filepath: t.filepath,
            configFilepath: t.configFilepath,
            ignoreCache: t.ignoreCache,
            logger: t.logger,
          });
        } else {
          if (!r || !o || !n || !s)
            throw new _(
              'Incomplete configuration. The fromSSO() argument hash must include "ssoStartUrl", "ssoAccountId", "ssoRegion", "ssoRoleName"',
              { tryNextLink: !1, logger: t.logger },
            );
          return If({
            ssoStartUrl: r,
            ssoSession: i,
            ssoAccountId: o,
            ssoRegion: n,
            ssoRoleName: s,
            ssoClient: a,
            clientConfig: t.clientConfig,
            parentClientConfig: t.parentClientConfig,
            callerClientConfig: t.callerClientConfig,
            profile: c,
            filepath: t.filepath,
            configFilepath: t.configFilepath,
            ignoreCache: t.ignoreCache,
            logger: t.logger,
          });
        }
      };
  });
var Af = {};
Ze(Af, { fromSSO: () => g0, isSsoProfile: () => _u, validateSsoProfile: () => zu });
var bf = u(() => {
  S0();
  Ym();
  wf();
});
var y0,
  Cf,
  E0 = u(() => {
    k();
    D();
    (y0 = (t, e, r) => {
      const o = {
        EcsContainer: async (n) => {
          const { fromHttp: s } = await Promise.resolve().then(() => (qm(), Wm)),
            { fromContainerMetadata: i } = await Promise.resolve().then(() => (yu(), Su));
          return (
            r?.debug('@aws-sdk/credential-provider-ini - credential_source is EcsContainer'),
            async () => wo(s(n ?? {}), i(n))().then(Cf)
          );
        },
        Ec2InstanceMetadata: async (n) => {
          r?.debug('@aws-sdk/credential-provider-ini - credential_source is Ec2InstanceMetadata');
          const { fromInstanceMetadata: s } = await Promise.resolve().then(() => (yu(), Su));
          return async () => s(n)().then(Cf);
        },
        Environment: async (n) => {
          r?.debug('@aws-sdk/credential-provider-ini - credential_source is Environment');
          const { fromEnv: s } = await Promise.resolve().then(() => (Um(), fw));
          return async () => s(n)().then(Cf);
        },
      };
      if (t in o) return o[t];
      throw new _(
        `Unsupported credential source in profile ${e}. Got ${t}, expected EcsContainer or Ec2InstanceMetadata or Environment.`,
        { logger: r },
      );
    }),
      (Cf = (t) => L(t, 'CREDENTIALS_PROFILE_NAMED_PROVIDER', 'p'));
  });
var li,
  x0 = u(() => {
    li = { CrtSignerV4: null };
  });
function T0(t) {
  return {
    accessKeyId: t.accessKeyId,
    secretAccessKey: t.secretAccessKey,
    expiration: t.expiration,
  };
}
function I0(t, e) {
  const r = t.credentialProvider;
  t.credentialProvider = () => ((t.credentialProvider = r), Promise.resolve(e));
}
var Rf,
  _0,
  ju,
  w0 = u(() => {
    Ic();
    (Rf = 'X-Amz-S3session-Token'),
      (_0 = Rf.toLowerCase()),
      (ju = class extends to {
        async signWithCredentials(e, r, o) {
          const n = T0(r);
          e.headers[_0] = r.sessionToken;
          return (I0(this, n), this.signRequest(e, o ?? {}));
        }
        async presignWithCredentials(e, r, o) {
          const n = T0(r);
          return (
            delete e.headers[_0],
            (e.headers[Rf] = r.sessionToken),
            (e.query = e.query ?? {}),
            (e.query[Rf] = r.sessionToken),
            I0(this, n),
            this.presign(e, o)
          );
        }
      });
  });
var Ho,
  A0 = u(() => {
    Ic();
    x0();
    w0();
    Ho = class {
      sigv4aSigner;
      sigv4Signer;
      signerOptions;
      static sigv4aDependency() {
        return typeof li.CrtSignerV4 == 'function'
          ? 'crt'
          : typeof Tc.SignatureV4a == 'function'
            ? 'js'
            : 'none';
      }
      constructor(e) {
        (this.sigv4Signer = new ju(e)), (this.signerOptions = e);
      }
      async sign(e, r = {}) {
        return r.signingRegion === '*'
          ? this.getSigv4aSigner().sign(e, r)
          : this.sigv4Signer.sign(e, r);
      }
      async signWithCredentials(e, r, o = {}) {
        if (o.signingRegion === '*') {
          const n = this.getSigv4aSigner(),
            s = li.CrtSignerV4;
          if (s && n instanceof s) return n.signWithCredentials(e, r, o);
          throw new Error(
            `signWithCredentials with signingRegion '*' is only supported when using the CRT dependency @aws-sdk/signature-v4-crt. Please check whether you have installed the "@aws-sdk/signature-v4-crt" package explicitly. You must also register the package by calling [require("@aws-sdk/signature-v4-crt");] or an ESM equivalent such as [import "@aws-sdk/signature-v4-crt";]. For more information please go to https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt`,
          );
        }
        return this.sigv4Signer.signWithCredentials(e, r, o);
      }
      async presign(e, r = {}) {
        if (r.signingRegion === '*') {
          const o = this.getSigv4aSigner(),
            n = li.CrtSignerV4;
          if (n && o instanceof n) return o.presign(e, r);
          throw new Error(
            `presign with signingRegion '*' is only supported when using the CRT dependency @aws-sdk/signature-v4-crt. Please check whether you have installed the "@aws-sdk/signature-v4-crt" package explicitly. You must also register the package by calling [require("@aws-sdk/signature-v4-crt");] or an ESM equivalent such as [import "@aws-sdk/signature-v4-crt";]. For more information please go to https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt`,
          );
        }
        return this.sigv4Signer.presign(e, r);
      }
      async presignWithCredentials(e, r, o = {}) {
        if (o.signingRegion === '*')
          throw new Error('Method presignWithCredentials is not supported for [signingRegion=*].');
        return this.sigv4Signer.presignWithCredentials(e, r, o);
      }
      getSigv4aSigner() {
        if (!this.sigv4aSigner) {
          const e = li.CrtSignerV4,
            r = Tc.SignatureV4a;
          if (this.signerOptions.runtime === 'node') {
            if (!e && !r)
              throw new Error(
                'Neither CRT nor JS SigV4a implementation is available. Please load either @aws-sdk/signature-v4-crt or @aws-sdk/signature-v4a. For more information please go to https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt',
              );
            if (e && typeof e == 'function')
              this.sigv4aSigner = new e({ ...this.signerOptions, signingAlgorithm: 1 });
            else if (r && typeof r == 'function')
              this.sigv4aSigner = new r({ ...this.signerOptions });
            else
              throw new Error(
                "Available SigV4a implementation is not a valid constructor. Please ensure you've properly imported @aws-sdk/signature-v4-crt or @aws-sdk/signature-v4a.For more information please go to https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt",
              );
          } else {
            if (!r || typeof r != 'function')
              throw new Error(
                "JS SigV4a implementation is not available or not a valid constructor. Please check whether you have installed the @aws-sdk/signature-v4a package explicitly. The CRT implementation is not available for browsers. You must also register the package by calling [require('@aws-sdk/signature-v4a');] or an ESM equivalent such as [import '@aws-sdk/signature-v4a';]. For more information please go to https://github.com/aws/aws-sdk-js-v3#using-javascript-non-crt-implementation-of-sigv4a",
              );
            this.sigv4aSigner = new r({ ...this.signerOptions });
          }
        }
        return this.sigv4aSigner;
      }
    };
  });
var vf = u(() => {
  A0();
});
var Cn,
  Go,
  di,
  b0,
  k0,
  mi,
  Te,
  Of,
  C0,
  R0,
  v0,
  O0,
  D0,
  Ie,
  Df,
  bn,
  P0,
  N0,
  F$,
  z,
  V$,
  L0,
  M0 = u(() => {
    ee();
    (Cn = 'ref'),
      (Go = -1),
      (di = !0),
      (b0 = 'isSet'),
      (k0 = 'PartitionResult'),
      (mi = 'booleanEquals'),
      (Te = 'stringEquals'),
      (Of = 'getAttr'),
      (C0 = 'us-east-1'),
      (R0 = 'sigv4'),
      (v0 = 'sts'),
      (O0 = 'https://sts.{Region}.{PartitionResult#dnsSuffix}'),
      (D0 = { [Cn]: 'Endpoint' }),
      (Ie = { [Cn]: 'Region' }),
      (Df = { [Cn]: k0 }),
      (bn = {}),
      (P0 = [Ie]),
      (N0 = {
        conditions: [
          [b0, [D0]],
          [b0, P0],
          ['aws.partition', P0, k0],
          [mi, [{ [Cn]: 'UseFIPS' }, di]],
          [mi, [{ [Cn]: 'UseDualStack' }, di]],
          [Te, [Ie, 'aws-global']],
          [mi, [{ [Cn]: 'UseGlobalEndpoint' }, di]],
          [Te, [Ie, 'eu-central-1']],
          [mi, [{ fn: Of, argv: [Df, 'supportsDualStack'] }, di]],
          [mi, [{ fn: Of, argv: [Df, 'supportsFIPS'] }, di]],
          [Te, [Ie, 'ap-south-1']],
          [Te, [Ie, 'eu-north-1']],
          [Te, [Ie, 'eu-west-1']],
          [Te, [Ie, 'eu-west-2']],
          [Te, [Ie, 'eu-west-3']],
          [Te, [Ie, 'sa-east-1']],
          [Te, [Ie, C0]],
          [Te, [Ie, 'us-east-2']],
          [Te, [Ie, 'us-west-2']],
          [Te, [Ie, 'us-west-1']],
          [Te, [Ie, 'ca-central-1']],
          [Te, [Ie, 'ap-southeast-1']],
          [Te, [Ie, 'ap-northeast-1']],
          [Te, [Ie, 'ap-southeast-2']],
          [Te, [{ fn: Of, argv: [Df, 'name'] }, 'aws-us-gov']],
        ],
        results: [
          [Go],
          [
            'https://sts.amazonaws.com',
            { authSchemes: [{ name: R0, signingName: v0, signingRegion: C0 }] },
          ],
          [O0, { authSchemes: [{ name: R0, signingName: v0, signingRegion: '{Region}' }] }],
          [Go, 'Invalid Configuration: FIPS and custom endpoint are not supported'],
          [Go, 'Invalid Configuration: Dualstack and custom endpoint are not supported'],
          [D0, bn],
          ['https://sts-fips.{Region}.{PartitionResult#dualStackDnsSuffix}', bn],
          [Go, 'FIPS and DualStack are enabled, but this partition does not support one or both'],
          ['https://sts.{Region}.amazonaws.com', bn],
          ['https://sts-fips.{Region}.{PartitionResult#dnsSuffix}', bn],
          [Go, 'FIPS is enabled but this partition does not support FIPS'],
          ['https://sts.{Region}.{PartitionResult#dualStackDnsSuffix}', bn],
          [Go, 'DualStack is enabled but this partition does not support DualStack'],
          [O0, bn],
          [Go, 'Invalid Configuration: Missing Region'],
        ],
      }),
      (F$ = 2),
      (z = 1e8),
      (V$ = new Int32Array([
        -1,
        1,
        -1,
        0,
        30,
        3,
        1,
        4,
        z + 14,
        2,
        5,
        z + 14,
        3,
        25,
        6,
        4,
        24,
        7,
        5,
        z + 1,
        8,
        6,
        9,
        z + 13,
        7,
        z + 1,
        10,
        10,
        z + 1,
        11,
        11,
        z + 1,
        12,
        12,
        z + 1,
        13,
        13,
        z + 1,
        14,
        14,
        z + 1,
        15,
        15,
        z + 1,
        16,
        16,
        z + 1,
        17,
        17,
        z + 1,
        18,
        18,
        z + 1,
        19,
        19,
        z + 1,
        20,
        20,
        z + 1,
        21,
        21,
        z + 1,
        22,
        22,
        z + 1,
        23,
        23,
        z + 1,
        z + 2,
        8,
        z + 11,
        z + 12,
        4,
        28,
        26,
        9,
        27,
        z + 10,
        24,
        z + 8,
        z + 9,
        8,
        29,
        z + 7,
        9,
        z + 6,
        z + 7,
        3,
        z + 3,
        31,
        4,
        z + 4,
        z + 5,
      ])),
      (L0 = it.from(V$, F$, N0.conditions, N0.results));
  });
var H$,
  Wu,
  Pf = u(() => {
    k();
    ee();
    M0();
    (H$ = new at({
      size: 50,
      params: ['Endpoint', 'Region', 'UseDualStack', 'UseFIPS', 'UseGlobalEndpoint'],
    })),
      (Wu = (t, e = {}) => H$.get(t, () => Vt(L0, { endpointParams: t, logger: e.logger })));
    Be.aws = St;
  });
function $0(t) {
  return {
    schemeId: 'aws.auth#sigv4',
    signingProperties: { name: 'sts', region: t.region },
    propertiesExtractor: (e, r) => ({ signingProperties: { config: e, context: r } }),
  };
}
function Nf(t) {
  return {
    schemeId: 'aws.auth#sigv4a',
    signingProperties: { name: 'sts', region: t.region },
    propertiesExtractor: (e, r) => ({ signingProperties: { config: e, context: r } }),
  };
}
function B0(t) {
  return { schemeId: 'smithy.api#noAuth' };
}
var G$,
  K$,
  U0,
  z$,
  j$,
  F0,
  V0,
  kf = u(() => {
    Oe();
    vf();
    b();
    ee();
    Pf();
    (G$ = (t) => async (e, r, o) => {
      if (!o)
        throw new Error(
          'Could not find `input` for `defaultEndpointRuleSetHttpAuthSchemeParametersProvider`',
        );
      const n = await t(e, r, o),
        s = te(r)?.commandInstance?.constructor?.getEndpointParameterInstructions;
      if (!s)
        throw new Error(`getEndpointParameterInstructions() is not defined on '${r.commandName}'`);
      const i = await _a(o, { getEndpointParameterInstructions: s }, e);
      return Object.assign(n, i);
    }),
      (K$ = async (t, e, r) => ({
        operation: te(e).operation,
        region:
          (await Y(t.region)()) ||
          (() => {
            throw new Error('expected `region` to be configured for `aws.auth#sigv4`');
          })(),
      })),
      (U0 = G$(K$));
    (z$ = (t, e, r) => (n) => {
      const i = t(n).properties?.authSchemes;
      if (!i) return e(n);
      const a = [];
      for (const c of i) {
        const { name: p, properties: l = {}, ...d } = c,
          m = p.toLowerCase();
        p !== m &&
          console.warn(`HttpAuthScheme has been normalized with lowercasing: '${p}' to '${m}'`);
        let f;
        if (m === 'sigv4a') {
          f = 'aws.auth#sigv4a';
          const g = i.find((y) => {
            const E = y.name.toLowerCase();
            return E !== 'sigv4a' && E.startsWith('sigv4');
          });
          if (Ho.sigv4aDependency() === 'none' && g) continue;
        } else if (m.startsWith('sigv4')) f = 'aws.auth#sigv4';
        else
          throw new Error(
            `Unknown HttpAuthScheme found in '@smithy.rules#endpointRuleSet': '${m}'`,
          );
        const h = r[f];
        if (!h) throw new Error(`Could not find HttpAuthOption create function for '${f}'`);
        const S = h(n);
        (S.schemeId = f),
          (S.signingProperties = { ...(S.signingProperties || {}), ...d, ...l }),
          a.push(S);
      }
      return a;
    }),
      (j$ = (t) => {
        const e = [];
        return (
          t.operation === 'AssumeRoleWithWebIdentity'
            ? (e.push(B0(t)), e.push(Nf(t)))
            : (e.push($0(t)), e.push(Nf(t))),
          e
        );
      }),
      (F0 = z$(Wu, j$, { 'aws.auth#sigv4': $0, 'aws.auth#sigv4a': Nf, 'smithy.api#noAuth': B0 })),
      (V0 = (t) => {
        const e = Tr(t),
          r = fc(e);
        return Object.assign(r, { authSchemePreference: Y(t.authSchemePreference ?? []) });
      });
  });
var H0,
  G0,
  Lf = u(() => {
    (H0 = (t) =>
      Object.assign(t, {
        useDualstackEndpoint: t.useDualstackEndpoint ?? !1,
        useFipsEndpoint: t.useFipsEndpoint ?? !1,
        useGlobalEndpoint: t.useGlobalEndpoint ?? !1,
        defaultSigningName: 'sts',
      })),
      (G0 = {
        UseGlobalEndpoint: { type: 'builtInParams', name: 'useGlobalEndpoint' },
        UseFIPS: { type: 'builtInParams', name: 'useFipsEndpoint' },
        Endpoint: { type: 'builtInParams', name: 'endpoint' },
        Region: { type: 'builtInParams', name: 'region' },
        UseDualStack: { type: 'builtInParams', name: 'useDualstackEndpoint' },
      });
  });
var He,
  qu = u(() => {
    b();
    He = class t extends et {
      static shapeId = 'smithy.ts.sdk.synthetic.com.amazonaws.sts#STSServiceException';
      constructor(e) {
        super(e), Object.setPrototypeOf(this, t.prototype);
      }
    };
  });
var fi,
  hi,
  gi,
  Si,
  yi,
  Ei,
  xi,
  _i,
  Mf = u(() => {
    qu();
    (fi = class t extends He {
      static shapeId = 'com.amazonaws.sts#ExpiredTokenException';
      name = 'ExpiredTokenException';
      $fault = 'client';
      constructor(e) {
        super({ name: 'ExpiredTokenException', $fault: 'client', ...e }),
          Object.setPrototypeOf(this, t.prototype);
      }
    }),
      (hi = class t extends He {
        static shapeId = 'com.amazonaws.sts#InvalidContextAssertionException';
        name = 'InvalidContextAssertionException';
        $fault = 'client';
        constructor(e) {
          super({ name: 'InvalidContextAssertionException', $fault: 'client', ...e }),
            Object.setPrototypeOf(this, t.prototype);
        }
      }),
      (gi = class t extends He {
        static shapeId = 'com.amazonaws.sts#MalformedPolicyDocumentException';
        name = 'MalformedPolicyDocumentException';
        $fault = 'client';
        constructor(e) {
          super({ name: 'MalformedPolicyDocumentException', $fault: 'client', ...e }),
            Object.setPrototypeOf(this, t.prototype);
        }
      }),
      (Si = class t extends He {
        static shapeId = 'com.amazonaws.sts#PackedPolicyTooLargeException';
        name = 'PackedPolicyTooLargeException';
        $fault = 'client';
        constructor(e) {
          super({ name: 'PackedPolicyTooLargeException', $fault: 'client', ...e }),
            Object.setPrototypeOf(this, t.prototype);
        }
      }),
      (yi = class t extends He {
        static shapeId = 'com.amazonaws.sts#RegionDisabledException';
        name = 'RegionDisabledException';
        $fault = 'client';
        constructor(e) {
          super({ name: 'RegionDisabledException', $fault: 'client', ...e }),
            Object.setPrototypeOf(this, t.prototype);
        }
      }),
      (Ei = class t extends He {
        static shapeId = 'com.amazonaws.sts#IDPRejectedClaimException';
        name = 'IDPRejectedClaimException';
        $fault = 'client';
        constructor(e) {
          super({ name: 'IDPRejectedClaimException', $fault: 'client', ...e }),
            Object.setPrototypeOf(this, t.prototype);
        }
      }),
      (xi = class t extends He {
        static shapeId = 'com.amazonaws.sts#InvalidIdentityTokenException';
        name = 'InvalidIdentityTokenException';
        $fault = 'client';
        constructor(e) {
          super({ name: 'InvalidIdentityTokenException', $fault: 'client', ...e }),
            Object.setPrototypeOf(this, t.prototype);
        }
      }),
      (_i = class t extends He {
        static shapeId = 'com.amazonaws.sts#IDPCommunicationErrorException';
        name = 'IDPCommunicationErrorException';
        $fault = 'client';
        $retryable = {};
        constructor(e) {
          super({ name: 'IDPCommunicationErrorException', $fault: 'client', ...e }),
            Object.setPrototypeOf(this, t.prototype);
        }
      });
  });
var W$,
  q$,
  Y$,
  X$,
  J$,
  Q$,
  Uf,
  Z$,
  eB,
  tB,
  rB,
  $f,
  oB,
  K0,
  nB,
  sB,
  iB,
  aB,
  cB,
  uB,
  pB,
  lB,
  dB,
  mB,
  fB,
  hB,
  z0,
  j0,
  W0,
  q0,
  gB,
  SB,
  yB,
  EB,
  xB,
  _B,
  Y0,
  TB,
  IB,
  X0,
  wB,
  J0,
  AB,
  bB,
  CB,
  Bf,
  RB,
  vB,
  Q0,
  Z0,
  OB,
  DB,
  PB,
  eC,
  tC,
  NB,
  kB,
  LB,
  MB,
  UB,
  $B,
  co,
  uo,
  BB,
  po,
  lo,
  mo,
  FB,
  VB,
  HB,
  GB,
  rC,
  KB,
  zB,
  jB,
  H,
  oC,
  nC,
  Lr,
  sC,
  iC,
  aC,
  cC,
  uC,
  pC,
  lC,
  dC,
  Ff,
  WB,
  qB,
  YB,
  XB,
  JB,
  QB,
  Vf,
  mC,
  fC,
  hC,
  gC,
  Hf,
  SC,
  yC,
  EC,
  xC,
  _C,
  TC,
  IC,
  ZB,
  eF,
  tF,
  Gf,
  Kf,
  Ti = u(() => {
    X();
    Mf();
    qu();
    (W$ = 'Arn'),
      (q$ = 'AccessKeyId'),
      (Y$ = 'AssumeRole'),
      (X$ = 'AssumedRoleId'),
      (J$ = 'AssumeRoleRequest'),
      (Q$ = 'AssumeRoleResponse'),
      (Uf = 'AssumedRoleUser'),
      (Z$ = 'AssumeRoleWithWebIdentity'),
      (eB = 'AssumeRoleWithWebIdentityRequest'),
      (tB = 'AssumeRoleWithWebIdentityResponse'),
      (rB = 'Audience'),
      ($f = 'Credentials'),
      (oB = 'ContextAssertion'),
      (K0 = 'DurationSeconds'),
      (nB = 'Expiration'),
      (sB = 'ExternalId'),
      (iB = 'ExpiredTokenException'),
      (aB = 'FederatedProviderArn'),
      (cB = 'Issuer'),
      (uB = 'InvalidContextAssertionException'),
      (pB = 'IDPCommunicationErrorException'),
      (lB = 'IDPRejectedClaimException'),
      (dB = 'InvalidIdentityTokenException'),
      (mB = 'IdentityProvider'),
      (fB = 'Key'),
      (hB = 'MalformedPolicyDocumentException'),
      (z0 = 'MinimumSessionTokenSize'),
      (j0 = 'OriginIdentity'),
      (W0 = 'Policy'),
      (q0 = 'PolicyArns'),
      (gB = 'ProviderArn'),
      (SB = 'ProvidedContexts'),
      (yB = 'ProvidedContextsListType'),
      (EB = 'ProvidedContext'),
      (xB = 'PolicyDescriptorType'),
      (_B = 'ProviderId'),
      (Y0 = 'PackedPolicySize'),
      (TB = 'PackedPolicyTooLargeException'),
      (IB = 'Provider'),
      (X0 = 'RoleArn'),
      (wB = 'RegionDisabledException'),
      (J0 = 'RoleSessionName'),
      (AB = 'Subject'),
      (bB = 'SecretAccessKey'),
      (CB = 'SubjectFromWebIdentityToken'),
      (Bf = 'SourceIdentity'),
      (RB = 'SerialNumber'),
      (vB = 'SessionToken'),
      (Q0 = 'SessionTokenSize'),
      (Z0 = 'SessionTokenUtilization'),
      (OB = 'SubjectType'),
      (DB = 'Tags'),
      (PB = 'TokenCode'),
      (eC = 'TransactionContext'),
      (tC = 'TrustedIdentityPropagationContext'),
      (NB = 'TransitiveTagKeys'),
      (kB = 'Tag'),
      (LB = 'Value'),
      (MB = 'WebIdentityToken'),
      (UB = 'arn'),
      ($B = 'accessKeySecretType'),
      (co = 'awsQueryError'),
      (uo = 'client'),
      (BB = 'clientTokenType'),
      (po = 'error'),
      (lo = 'httpError'),
      (mo = 'message'),
      (FB = 'originIdentityIssuerType'),
      (VB = 'originIdentitySubjectType'),
      (HB = 'originIdentitySubjectTypeType'),
      (GB = 'policyDescriptorListType'),
      (rC = 'smithy.ts.sdk.synthetic.com.amazonaws.sts'),
      (KB = 'transactionContextIdentityProviderMapType'),
      (zB = 'transactionContextValueType'),
      (jB = 'tagListType'),
      (H = 'com.amazonaws.sts'),
      (oC = new Q(rC)),
      (nC = [-3, rC, 'STSServiceException', 0, [], []]);
    oC.registerError(nC, He);
    (Lr = new Q(H)),
      (sC = [-3, H, iB, { [co]: ['ExpiredTokenException', 400], [po]: uo, [lo]: 400 }, [mo], [0]]);
    Lr.registerError(sC, fi);
    iC = [-3, H, pB, { [co]: ['IDPCommunicationError', 400], [po]: uo, [lo]: 400 }, [mo], [0]];
    Lr.registerError(iC, _i);
    aC = [-3, H, lB, { [co]: ['IDPRejectedClaim', 403], [po]: uo, [lo]: 403 }, [mo], [0]];
    Lr.registerError(aC, Ei);
    cC = [-3, H, uB, { [co]: ['InvalidContextAssertion', 400], [po]: uo, [lo]: 400 }, [mo], [0]];
    Lr.registerError(cC, hi);
    uC = [-3, H, dB, { [co]: ['InvalidIdentityToken', 400], [po]: uo, [lo]: 400 }, [mo], [0]];
    Lr.registerError(uC, xi);
    pC = [-3, H, hB, { [co]: ['MalformedPolicyDocument', 400], [po]: uo, [lo]: 400 }, [mo], [0]];
    Lr.registerError(pC, gi);
    lC = [-3, H, TB, { [co]: ['PackedPolicyTooLarge', 400], [po]: uo, [lo]: 400 }, [mo], [0]];
    Lr.registerError(lC, Si);
    dC = [-3, H, wB, { [co]: ['RegionDisabledException', 403], [po]: uo, [lo]: 403 }, [mo], [0]];
    Lr.registerError(dC, yi);
    (Ff = [oC, Lr]),
      (WB = [0, H, $B, 8, 0]),
      (qB = [0, H, BB, 8, 0]),
      (YB = [0, H, FB, 8, 0]),
      (XB = [0, H, VB, 8, 0]),
      (JB = [0, H, HB, 8, 0]),
      (QB = [0, H, zB, 8, 0]),
      (Vf = [3, H, Uf, 0, [X$, W$], [0, 0], 2]),
      (mC = [
        3,
        H,
        J$,
        0,
        [X0, J0, q0, W0, K0, DB, NB, sB, RB, PB, Bf, SB, z0],
        [0, 0, () => IC, 0, 1, () => eF, 64, 0, 0, 0, 0, () => ZB, 1],
        2,
      ]),
      (fC = [3, H, Q$, 0, [$f, Uf, Y0, Bf, Z0, Q0], [[() => Hf, 0], () => Vf, 1, 0, 1, 1]]),
      (hC = [
        3,
        H,
        eB,
        0,
        [X0, J0, MB, _B, q0, W0, K0, z0],
        [0, 0, [() => qB, 0], 0, () => IC, 0, 1, 1],
        3,
      ]),
      (gC = [
        3,
        H,
        tB,
        0,
        [$f, CB, Uf, Y0, IB, rB, Bf, Z0, Q0, tC],
        [[() => Hf, 0], 0, () => Vf, 1, 0, 0, 0, 1, 1, [() => TC, 0]],
      ]),
      (Hf = [3, H, $f, 0, [q$, bB, vB, nB], [0, [() => WB, 0], 0, 4], 4]),
      (SC = [3, H, j0, 0, [AB, OB, cB, aB], [[() => XB, 0], [() => JB, 0], [() => YB, 0], 0]]),
      (yC = [3, H, xB, 0, [UB], [0]]),
      (EC = [3, H, EB, 0, [gB, oB], [0, 0]]),
      (xC = [3, H, kB, 0, [fB, LB], [0, 0], 2]),
      (_C = [3, H, eC, 0, [mB], [[() => tF, 0]]]),
      (TC = [
        3,
        H,
        tC,
        8,
        [j0, eC],
        [
          [() => SC, 0],
          [() => _C, 0],
        ],
      ]),
      (IC = [1, H, GB, 0, () => yC]),
      (ZB = [1, H, yB, 0, () => EC]),
      (eF = [1, H, jB, 0, () => xC]),
      (tF = [2, H, KB, 0, [0, 0], [() => QB, 0]]),
      (Gf = [9, H, Y$, 0, () => mC, () => fC]),
      (Kf = [9, H, Z$, 0, () => hC, () => gC]);
  });
var wC,
  AC = u(() => {
    Oe();
    Bo();
    vf();
    ve();
    jr();
    b();
    N();
    R();
    kf();
    Pf();
    Ti();
    wC = (t) => ({
      apiVersion: '2011-06-15',
      base64Decoder: t?.base64Decoder ?? de,
      base64Encoder: t?.base64Encoder ?? ue,
      disableHostPrefix: t?.disableHostPrefix ?? !1,
      endpointProvider: t?.endpointProvider ?? Wu,
      extensions: t?.extensions ?? [],
      httpAuthSchemeProvider: t?.httpAuthSchemeProvider ?? F0,
      httpAuthSchemes: t?.httpAuthSchemes ?? [
        {
          schemeId: 'aws.auth#sigv4',
          identityProvider: (e) => e.getIdentityProvider('aws.auth#sigv4'),
          signer: new ge(),
        },
        {
          schemeId: 'aws.auth#sigv4a',
          identityProvider: (e) => e.getIdentityProvider('aws.auth#sigv4a'),
          signer: new eo(),
        },
        {
          schemeId: 'smithy.api#noAuth',
          identityProvider: (e) => e.getIdentityProvider('smithy.api#noAuth') || (async () => ({})),
          signer: new Fe(),
        },
      ],
      logger: t?.logger ?? new Ee(),
      protocol: t?.protocol ?? Ws,
      protocolSettings: t?.protocolSettings ?? {
        defaultNamespace: 'com.amazonaws.sts',
        errorTypeRegistries: Ff,
        xmlNamespace: 'https://sts.amazonaws.com/doc/2011-06-15/',
        version: '2011-06-15',
        serviceTarget: 'AWSSecurityTokenServiceV20110615',
      },
      serviceId: t?.serviceId ?? 'STS',
      sha256: t?.sha256 ?? mt,
      signerConstructor: t?.signerConstructor ?? Ho,
      urlParser: t?.urlParser ?? fe,
      utf8Decoder: t?.utf8Decoder ?? re,
      utf8Encoder: t?.utf8Encoder ?? Z,
    });
  });
var bC,
  CC = u(() => {
    zs();
    k();
    Oe();
    ve();
    b();
    D();
    gt();
    R();
    $o();
    AC();
    bC = (t) => {
      vt(process.version);
      const e = Ft(t),
        r = () => e().then(Rt),
        o = wC(t);
      Nt(process.version);
      const n = { profile: t?.profile, logger: o.logger };
      return {
        ...o,
        ...t,
        runtime: 'node',
        defaultsMode: e,
        authSchemePreference: t?.authSchemePreference ?? I(yt, n),
        bodyLengthChecker: t?.bodyLengthChecker ?? Lt,
        defaultSocketTimeout: kt(t?.requestHandler, 3e5),
        defaultUserAgentProvider:
          t?.defaultUserAgentProvider ?? tr({ serviceId: o.serviceId, clientVersion: so.version }),
        httpAuthSchemes: t?.httpAuthSchemes ?? [
          {
            schemeId: 'aws.auth#sigv4',
            identityProvider: (s) =>
              s.getIdentityProvider('aws.auth#sigv4') ||
              (async (i) => await t.credentialDefaultProvider(i?.__config || {})()),
            signer: new ge(),
          },
          {
            schemeId: 'aws.auth#sigv4a',
            identityProvider: (s) => s.getIdentityProvider('aws.auth#sigv4a'),
            signer: new eo(),
          },
          {
            schemeId: 'smithy.api#noAuth',
            identityProvider: (s) =>
              s.getIdentityProvider('smithy.api#noAuth') || (async () => ({})),
            signer: new Fe(),
          },
        ],
        maxAttempts: t?.maxAttempts ?? I(Jt, t),
        region: t?.region ?? I($e, { ...st, ...n }),
        requestHandler: Ve.create(t?.requestHandler ?? r),
        retryMode:
          t?.retryMode ?? I({ ...Zt, default: async () => (await r()).retryMode || pt }, t),
        sigv4aSigningRegionSet: t?.sigv4aSigningRegionSet ?? I(hc, n),
        streamCollector: t?.streamCollector ?? We,
        useDualstackEndpoint: t?.useDualstackEndpoint ?? I(Ut, n),
        useFipsEndpoint: t?.useFipsEndpoint ?? I($t, n),
        userAgentAppId: t?.userAgentAppId ?? I(rr, n),
      };
    };
  });
var RC,
  vC,
  OC = u(() => {
    (RC = (t) => {
      let e = t.httpAuthSchemes,
        r = t.httpAuthSchemeProvider,
        o = t.credentials;
      return {
        setHttpAuthScheme(n) {
          const s = e.findIndex((i) => i.schemeId === n.schemeId);
          s === -1 ? e.push(n) : e.splice(s, 1, n);
        },
        httpAuthSchemes() {
          return e;
        },
        setHttpAuthSchemeProvider(n) {
          r = n;
        },
        httpAuthSchemeProvider() {
          return r;
        },
        setCredentials(n) {
          o = n;
        },
        credentials() {
          return o;
        },
      };
    }),
      (vC = (t) => ({
        httpAuthSchemes: t.httpAuthSchemes(),
        httpAuthSchemeProvider: t.httpAuthSchemeProvider(),
        credentials: t.credentials(),
      }));
  });
var DC,
  PC = u(() => {
    k();
    b();
    N();
    OC();
    DC = (t, e) => {
      const r = Object.assign(or(t), Ot(t), Ht(t), RC(t));
      return (e.forEach((o) => o.configure(r)), Object.assign(t, nr(r), Dt(r), Gt(r), vC(r)));
    };
  });
var fo,
  Yu = u(() => {
    k();
    ve();
    b();
    D();
    ee();
    N();
    gt();
    X();
    kf();
    Lf();
    CC();
    PC();
    fo = class extends he {
      config;
      constructor(...[e]) {
        const r = bC(e || {});
        super(r), (this.initConfig = r);
        const o = H0(r),
          n = Xt(o),
          s = Qt(n),
          i = Bt(s),
          a = i,
          c = hr(a),
          p = V0(c),
          l = DC(p, e?.extensions || []);
        (this.config = l),
          this.middlewareStack.use(Ct(this.config)),
          this.middlewareStack.use(er(this.config)),
          this.middlewareStack.use(xr(this.config)),
          this.middlewareStack.use(Kt(this.config)),
          this.middlewareStack.use(jt(this.config)),
          this.middlewareStack.use(Wt(this.config)),
          this.middlewareStack.use(qt(this.config)),
          this.middlewareStack.use(
            ft(this.config, {
              httpAuthSchemeParametersProvider: U0,
              identityProviderConfigProvider: async (d) =>
                new qe({ 'aws.auth#sigv4': d.credentials, 'aws.auth#sigv4a': d.credentials }),
            }),
          ),
          this.middlewareStack.use(ht(this.config));
      }
      destroy() {
        super.destroy();
      }
    };
  });
var Xu,
  Ju,
  Qu,
  zf = u(() => {
    b();
    ee();
    Lf();
    (Xu = Pt(G0, 'AWSSecurityTokenServiceV20110615', 'STSClient', gr)),
      (Ju = {}),
      (Qu = (t, e, r, o) => []);
  });
var Ko,
  Zu = u(() => {
    zf();
    Ti();
    Ko = class extends Xu(Ju, Qu, 'AssumeRole', Gf) {};
  });
var zo,
  ep = u(() => {
    zf();
    Ti();
    zo = class extends Xu(Ju, Qu, 'AssumeRoleWithWebIdentity', Kf) {};
  });
var rF,
  tp,
  NC = u(() => {
    b();
    Zu();
    ep();
    Yu();
    (rF = { AssumeRoleCommand: Ko, AssumeRoleWithWebIdentityCommand: zo }),
      (tp = class extends fo {});
    Rr(rF, tp);
  });
var kC = u(() => {
  Zu();
  ep();
});
var LC = u(() => {});
var MC,
  UC,
  $C,
  BC,
  FC,
  VC = u(() => {
    k();
    Zu();
    ep();
    (MC = (t) => {
      if (typeof t?.Arn == 'string') {
        const e = t.Arn.split(':');
        if (e.length > 4 && e[4] !== '') return e[4];
      }
    }),
      (UC = async (t, e, r, o = {}) => {
        let n = typeof t == 'function' ? await t() : t,
          s = typeof e == 'function' ? await e() : e,
          i = '',
          a = n ?? s ?? (i = await rm(o)());
        return (
          r?.debug?.(
            '@aws-sdk/client-sts::resolveRegion',
            'accepting first of:',
            `${n} (credential provider clientConfig)`,
            `${s} (contextual client)`,
            `${i} (STS default: AWS_REGION, profile region, or us-east-1)`,
          ),
          a
        );
      }),
      ($C = (t, e) => {
        let r, o;
        return async (n, s) => {
          if (((o = n), !r)) {
            const {
                logger: l = t?.parentClientConfig?.logger,
                profile: d = t?.parentClientConfig?.profile,
                region: m,
                requestHandler: f = t?.parentClientConfig?.requestHandler,
                credentialProviderLogger: h,
                userAgentAppId: S = t?.parentClientConfig?.userAgentAppId,
              } = t,
              g = await UC(m, t?.parentClientConfig?.region, h, { logger: l, profile: d }),
              y = !FC(f);
            r = new e({
              ...t,
              userAgentAppId: S,
              profile: d,
              credentialDefaultProvider: () => async () => o,
              region: g,
              requestHandler: y ? f : void 0,
              logger: l,
            });
          }
          const { Credentials: i, AssumedRoleUser: a } = await r.send(new Ko(s));
          if (!i || !i.AccessKeyId || !i.SecretAccessKey)
            throw new Error(`Invalid response from STS.assumeRole call with role ${s.RoleArn}`);
          const c = MC(a),
            p = {
              accessKeyId: i.AccessKeyId,
              secretAccessKey: i.SecretAccessKey,
              sessionToken: i.SessionToken,
              expiration: i.Expiration,
              ...(i.CredentialScope && { credentialScope: i.CredentialScope }),
              ...(c && { accountId: c }),
            };
          return (L(p, 'CREDENTIALS_STS_ASSUME_ROLE', 'i'), p);
        };
      }),
      (BC = (t, e) => {
        let r;
        return async (o) => {
          if (!r) {
            const {
                logger: c = t?.parentClientConfig?.logger,
                profile: p = t?.parentClientConfig?.profile,
                region: l,
                requestHandler: d = t?.parentClientConfig?.requestHandler,
                credentialProviderLogger: m,
                userAgentAppId: f = t?.parentClientConfig?.userAgentAppId,
              } = t,
              h = await UC(l, t?.parentClientConfig?.region, m, { logger: c, profile: p }),
              S = !FC(d);
            r = new e({
              ...t,
              userAgentAppId: f,
              profile: p,
              region: h,
              requestHandler: S ? d : void 0,
              logger: c,
            });
          }
          const { Credentials: n, AssumedRoleUser: s } = await r.send(new zo(o));
          if (!n || !n.AccessKeyId || !n.SecretAccessKey)
            throw new Error(
              `Invalid response from STS.assumeRoleWithWebIdentity call with role ${o.RoleArn}`,
            );
          const i = MC(s),
            a = {
              accessKeyId: n.AccessKeyId,
              secretAccessKey: n.SecretAccessKey,
              sessionToken: n.SessionToken,
              expiration: n.Expiration,
              ...(n.CredentialScope && { credentialScope: n.CredentialScope }),
              ...(i && { accountId: i }),
            };
          return (
            i && L(a, 'RESOLVED_ACCOUNT_ID', 'T'),
            L(a, 'CREDENTIALS_STS_ASSUME_ROLE_WEB_ID', 'k'),
            a
          );
        };
      }),
      (FC = (t) => t?.metadata?.handlerProtocol === 'h2');
  });
var HC,
  GC,
  KC,
  oF,
  zC = u(() => {
    VC();
    Yu();
    (HC = (t, e) =>
      e
        ? class extends t {
            constructor(o) {
              super(o);
              for (const n of e) this.middlewareStack.use(n);
            }
          }
        : t),
      (GC = (t = {}, e) => $C(t, HC(fo, e))),
      (KC = (t = {}, e) => BC(t, HC(fo, e))),
      (oF = (t) => (e) => t({ roleAssumer: GC(e), roleAssumerWithWebIdentity: KC(e), ...e }));
  });
var jf = {};
Ze(jf, {
  $Command: () => je,
  AssumeRole$: () => Gf,
  AssumeRoleCommand: () => Ko,
  AssumeRoleRequest$: () => mC,
  AssumeRoleResponse$: () => fC,
  AssumeRoleWithWebIdentity$: () => Kf,
  AssumeRoleWithWebIdentityCommand: () => zo,
  AssumeRoleWithWebIdentityRequest$: () => hC,
  AssumeRoleWithWebIdentityResponse$: () => gC,
  AssumedRoleUser$: () => Vf,
  Credentials$: () => Hf,
  ExpiredTokenException: () => fi,
  ExpiredTokenException$: () => sC,
  IDPCommunicationErrorException: () => _i,
  IDPCommunicationErrorException$: () => iC,
  IDPRejectedClaimException: () => Ei,
  IDPRejectedClaimException$: () => aC,
  InvalidContextAssertionException: () => hi,
  InvalidContextAssertionException$: () => cC,
  InvalidIdentityTokenException: () => xi,
  InvalidIdentityTokenException$: () => uC,
  MalformedPolicyDocumentException: () => gi,
  MalformedPolicyDocumentException$: () => pC,
  OriginIdentity$: () => SC,
  PackedPolicyTooLargeException: () => Si,
  PackedPolicyTooLargeException$: () => lC,
  PolicyDescriptorType$: () => yC,
  ProvidedContext$: () => EC,
  RegionDisabledException: () => yi,
  RegionDisabledException$: () => dC,
  STS: () => tp,
  STSClient: () => fo,
  STSServiceException: () => He,
  STSServiceException$: () => nC,
  Tag$: () => xC,
  TransactionContext$: () => _C,
  TrustedIdentityPropagationContext$: () => TC,
  __Client: () => he,
  decorateDefaultCredentialProvider: () => oF,
  errorTypeRegistries: () => Ff,
  getDefaultRoleAssumer: () => GC,
  getDefaultRoleAssumerWithWebIdentity: () => KC,
});
var Wf = u(() => {
  Yu();
  NC();
  kC();
  b();
  Ti();
  Mf();
  LC();
  zC();
  qu();
});
var WC,
  nF,
  sF,
  qC,
  jC,
  YC = u(() => {
    k();
    D();
    E0();
    (WC = (t, { profile: e = 'default', logger: r } = {}) =>
      !!t &&
      typeof t == 'object' &&
      typeof t.role_arn == 'string' &&
      ['undefined', 'string'].indexOf(typeof t.role_session_name) > -1 &&
      ['undefined', 'string'].indexOf(typeof t.external_id) > -1 &&
      ['undefined', 'string'].indexOf(typeof t.mfa_serial) > -1 &&
      (nF(t, { profile: e, logger: r }) || sF(t, { profile: e, logger: r }))),
      (nF = (t, { profile: e, logger: r }) => {
        const o = typeof t.source_profile == 'string' && typeof t.credential_source > 'u';
        return (
          o &&
            r?.debug?.(`    ${e} isAssumeRoleWithSourceProfile source_profile=${t.source_profile}`),
          o
        );
      }),
      (sF = (t, { profile: e, logger: r }) => {
        const o = typeof t.credential_source == 'string' && typeof t.source_profile > 'u';
        return (
          o &&
            r?.debug?.(
              `    ${e} isCredentialSourceProfile credential_source=${t.credential_source}`,
            ),
          o
        );
      }),
      (qC = async (t, e, r, o, n = {}, s) => {
        r.logger?.debug('@aws-sdk/credential-provider-ini - resolveAssumeRoleCredentials (STS)');
        const i = e[t],
          { source_profile: a, region: c } = i;
        if (!r.roleAssumer) {
          const { getDefaultRoleAssumer: l } = await Promise.resolve().then(() => (Wf(), jf));
          r.roleAssumer = l(
            {
              ...r.clientConfig,
              credentialProviderLogger: r.logger,
              parentClientConfig: {
                ...o,
                ...r?.parentClientConfig,
                region: c ?? r?.parentClientConfig?.region ?? o?.region,
              },
            },
            r.clientPlugins,
          );
        }
        if (a && a in n)
          throw new _(
            `Detected a cycle attempting to resolve credentials for profile ${Ue(r)}. Profiles visited: ` +
              Object.keys(n).join(', '),
            { logger: r.logger },
          );
        r.logger?.debug(
          `@aws-sdk/credential-provider-ini - finding credential resolver using ${a ? `source_profile=[${a}]` : `profile=[${t}]`}`,
        );
        const p = a
          ? s(a, e, r, o, { ...n, [a]: !0 }, jC(e[a] ?? {}))
          : (await y0(i.credential_source, t, r.logger)(r))();
        if (jC(i)) return p.then((l) => L(l, 'CREDENTIALS_PROFILE_SOURCE_PROFILE', 'o'));
        {
          const l = {
              RoleArn: i.role_arn,
              RoleSessionName: i.role_session_name || `aws-sdk-js-${Date.now()}`,
              ExternalId: i.external_id,
              DurationSeconds: parseInt(i.duration_seconds || '3600', 10),
            },
            { mfa_serial: d } = i;
          if (d) {
            if (!r.mfaCodeProvider)
              throw new _(
                `Profile ${t} requires multi-factor authentication, but no MFA code callback was provided.`,
                { logger: r.logger, tryNextLink: !1 },
              );
            (l.SerialNumber = d), (l.TokenCode = await r.mfaCodeProvider(d));
          }
          const m = await p;
          return r.roleAssumer(m, l).then((f) => L(f, 'CREDENTIALS_PROFILE_SOURCE_PROFILE', 'o'));
        }
      }),
      (jC = (t) => !t.role_arn && !!t.credential_source);
  });
function iF(t) {
  return {
    schemeId: 'aws.auth#sigv4',
    signingProperties: { name: 'signin', region: t.region },
    propertiesExtractor: (e, r) => ({ signingProperties: { config: e, context: r } }),
  };
}
function aF(t) {
  return { schemeId: 'smithy.api#noAuth' };
}
var XC,
  JC,
  QC,
  qf = u(() => {
    Oe();
    b();
    XC = async (t, e, r) => ({
      operation: te(e).operation,
      region:
        (await Y(t.region)()) ||
        (() => {
          throw new Error('expected `region` to be configured for `aws.auth#sigv4`');
        })(),
    });
    (JC = (t) => {
      const e = [];
      return (t.operation === 'CreateOAuth2Token' ? e.push(aF(t)) : e.push(iF(t)), e);
    }),
      (QC = (t) => {
        const e = Tr(t);
        return Object.assign(e, { authSchemePreference: Y(t.authSchemePreference ?? []) });
      });
  });
var ZC,
  eR,
  Yf = u(() => {
    (ZC = (t) =>
      Object.assign(t, {
        useDualstackEndpoint: t.useDualstackEndpoint ?? !1,
        useFipsEndpoint: t.useFipsEndpoint ?? !1,
        defaultSigningName: 'signin',
      })),
      (eR = {
        UseFIPS: { type: 'builtInParams', name: 'useFipsEndpoint' },
        Endpoint: { type: 'builtInParams', name: 'endpoint' },
        Region: { type: 'builtInParams', name: 'region' },
        UseDualStack: { type: 'builtInParams', name: 'useDualstackEndpoint' },
      });
  });
var So,
  ho,
  tR,
  Rn,
  rR,
  vn,
  oR,
  Jf,
  Mr,
  Xf,
  nR,
  sR,
  go,
  uR,
  iR,
  rp,
  De,
  aR,
  cR,
  cF,
  $,
  uF,
  pR,
  lR = u(() => {
    ee();
    (So = 'ref'),
      (ho = -1),
      (tR = !1),
      (Rn = !0),
      (rR = 'isSet'),
      (vn = 'booleanEquals'),
      (oR = 'coalesce'),
      (Jf = 'PartitionResult'),
      (Mr = 'stringEquals'),
      (Xf = 'getAttr'),
      (nR = 'https://signin.{Region}.{PartitionResult#dualStackDnsSuffix}'),
      (sR = { [So]: 'Endpoint' }),
      (go = { fn: Xf, argv: [{ [So]: Jf }, 'name'] }),
      (uR = { [So]: 'Region' }),
      (iR = { [So]: Jf }),
      (rp = { authSchemes: [{ name: 'sigv4', signingName: 'signin', signingRegion: '{Region}' }] }),
      (De = {}),
      (aR = [uR]),
      (cR = {
        conditions: [
          [rR, aR],
          [vn, [{ fn: oR, argv: [{ [So]: 'IsControlPlane' }, tR] }, Rn]],
          [rR, [sR]],
          ['aws.partition', aR, Jf],
          [vn, [{ [So]: 'UseFIPS' }, Rn]],
          [Mr, [go, 'aws']],
          [vn, [{ fn: oR, argv: [{ [So]: 'IsOAuthEndpoint' }, tR] }, Rn]],
          [vn, [{ [So]: 'UseDualStack' }, Rn]],
          [Mr, [go, 'aws-cn']],
          [Mr, [uR, 'us-gov-west-1']],
          [Mr, [go, 'aws-us-gov']],
          [vn, [{ fn: Xf, argv: [iR, 'supportsFIPS'] }, Rn]],
          [Mr, [go, 'aws-iso']],
          [Mr, [go, 'aws-iso-b']],
          [Mr, [go, 'aws-iso-f']],
          [Mr, [go, 'aws-iso-e']],
          [Mr, [go, 'aws-eusc']],
          [vn, [{ fn: Xf, argv: [iR, 'supportsDualStack'] }, Rn]],
        ],
        results: [
          [ho],
          ['https://signin.{Region}.api.aws', rp],
          ['https://signin.{Region}.api.amazonwebservices.com.cn', rp],
          [nR, rp],
          [
            ho,
            'FIPS endpoints are not supported for OAuth operations. Disable FIPS or use a non-OAuth operation.',
          ],
          ['https://{Region}.oauth.signin.aws', rp],
          ['https://{Region}.signin.aws.amazon.com', De],
          ['https://{Region}.signin.amazonaws.cn', De],
          ['https://{Region}.signin.amazonaws-us-gov.com', De],
          ['https://{Region}.signin.c2shome.ic.gov', De],
          ['https://{Region}.signin.sc2shome.sgov.gov', De],
          ['https://{Region}.signin.csphome.hci.ic.gov', De],
          ['https://{Region}.signin.csphome.adc-e.uk', De],
          ['https://{Region}.signin.amazonaws-eusc.eu', De],
          ['https://signin-fips.amazonaws-us-gov.com', De],
          ['https://{Region}.signin-fips.amazonaws-us-gov.com', De],
          ['https://{Region}.signin.{PartitionResult#dnsSuffix}', De],
          [ho, 'Invalid Configuration: FIPS and custom endpoint are not supported'],
          [ho, 'Invalid Configuration: Dualstack and custom endpoint are not supported'],
          [sR, De],
          ['https://signin-fips.{Region}.{PartitionResult#dualStackDnsSuffix}', De],
          [ho, 'FIPS and DualStack are enabled, but this partition does not support one or both'],
          ['https://signin-fips.{Region}.{PartitionResult#dnsSuffix}', De],
          [ho, 'FIPS is enabled but this partition does not support FIPS'],
          [nR, De],
          [ho, 'DualStack is enabled but this partition does not support DualStack'],
          ['https://signin.{Region}.{PartitionResult#dnsSuffix}', De],
          [ho, 'Invalid Configuration: Missing Region'],
        ],
      }),
      (cF = 2),
      ($ = 1e8),
      (uF = new Int32Array([
        -1,
        1,
        -1,
        0,
        6,
        3,
        2,
        36,
        4,
        4,
        5,
        $ + 27,
        6,
        $ + 4,
        $ + 27,
        1,
        29,
        7,
        2,
        36,
        8,
        3,
        9,
        31,
        4,
        22,
        10,
        5,
        19,
        11,
        7,
        21,
        12,
        8,
        $ + 7,
        13,
        10,
        $ + 8,
        14,
        12,
        $ + 9,
        15,
        13,
        $ + 10,
        16,
        14,
        $ + 11,
        17,
        15,
        $ + 12,
        18,
        16,
        $ + 13,
        $ + 16,
        6,
        $ + 5,
        20,
        7,
        21,
        $ + 6,
        17,
        $ + 24,
        $ + 25,
        6,
        $ + 4,
        23,
        7,
        27,
        24,
        9,
        $ + 14,
        25,
        10,
        $ + 15,
        26,
        11,
        $ + 22,
        $ + 23,
        11,
        28,
        $ + 21,
        17,
        $ + 20,
        $ + 21,
        2,
        35,
        30,
        3,
        39,
        31,
        4,
        32,
        $ + 27,
        6,
        $ + 4,
        33,
        7,
        $ + 27,
        34,
        9,
        $ + 14,
        $ + 27,
        3,
        39,
        36,
        4,
        38,
        37,
        7,
        $ + 18,
        $ + 19,
        6,
        $ + 4,
        $ + 17,
        5,
        $ + 1,
        40,
        8,
        $ + 2,
        $ + 3,
      ])),
      (pR = it.from(uF, cF, cR.conditions, cR.results));
  });
var pF,
  dR,
  mR = u(() => {
    k();
    ee();
    lR();
    (pF = new at({
      size: 50,
      params: [
        'Endpoint',
        'IsControlPlane',
        'IsOAuthEndpoint',
        'Region',
        'UseDualStack',
        'UseFIPS',
      ],
    })),
      (dR = (t, e = {}) => pF.get(t, () => Vt(pR, { endpointParams: t, logger: e.logger })));
    Be.aws = St;
  });
var ar,
  op = u(() => {
    b();
    ar = class t extends et {
      static shapeId = 'smithy.ts.sdk.synthetic.com.amazonaws.signin#SigninServiceException';
      constructor(e) {
        super(e), Object.setPrototypeOf(this, t.prototype);
      }
    };
  });
var Ii,
  wi,
  Ai,
  bi,
  Qf = u(() => {
    op();
    (Ii = class t extends ar {
      static shapeId = 'com.amazonaws.signin#AccessDeniedException';
      name = 'AccessDeniedException';
      $fault = 'client';
      error;
      constructor(e) {
        super({ name: 'AccessDeniedException', $fault: 'client', ...e }),
          Object.setPrototypeOf(this, t.prototype),
          (this.error = e.error);
      }
    }),
      (wi = class t extends ar {
        static shapeId = 'com.amazonaws.signin#InternalServerException';
        name = 'InternalServerException';
        $fault = 'server';
        error;
        constructor(e) {
          super({ name: 'InternalServerException', $fault: 'server', ...e }),
            Object.setPrototypeOf(this, t.prototype),
            (this.error = e.error);
        }
      }),
      (Ai = class t extends ar {
        static shapeId = 'com.amazonaws.signin#TooManyRequestsError';
        name = 'TooManyRequestsError';
        $fault = 'client';
        error;
        constructor(e) {
          super({ name: 'TooManyRequestsError', $fault: 'client', ...e }),
            Object.setPrototypeOf(this, t.prototype),
            (this.error = e.error);
        }
      }),
      (bi = class t extends ar {
        static shapeId = 'com.amazonaws.signin#ValidationException';
        name = 'ValidationException';
        $fault = 'client';
        error;
        constructor(e) {
          super({ name: 'ValidationException', $fault: 'client', ...e }),
            Object.setPrototypeOf(this, t.prototype),
            (this.error = e.error);
        }
      });
  });
var lF,
  dF,
  mF,
  fF,
  hF,
  gF,
  SF,
  yF,
  EF,
  xF,
  _F,
  TF,
  IF,
  wF,
  AF,
  fR,
  Zf,
  bF,
  oh,
  hR,
  gR,
  CF,
  yo,
  eh,
  RF,
  th,
  vF,
  _R,
  nh,
  SR,
  we,
  sp,
  OF,
  np,
  yR,
  TR,
  ER,
  xR,
  DF,
  PF,
  NF,
  rh,
  kF,
  Pe,
  IR,
  wR,
  Ci,
  AR,
  bR,
  CR,
  RR,
  sh,
  LF,
  vR,
  OR,
  DR,
  PR,
  NR,
  kR,
  LR,
  MR,
  ih,
  ah,
  Ri = u(() => {
    X();
    Qf();
    op();
    (lF = 'AccessDeniedException'),
      (dF = 'AccessToken'),
      (mF = 'CreateOAuth2Token'),
      (fF = 'CreateOAuth2TokenRequest'),
      (hF = 'CreateOAuth2TokenRequestBody'),
      (gF = 'CreateOAuth2TokenResponseBody'),
      (SF = 'CreateOAuth2TokenResponse'),
      (yF = 'CreateOAuth2TokenWithIAM'),
      (EF = 'CreateOAuth2TokenWithIAMRequest'),
      (xF = 'CreateOAuth2TokenWithIAMResponse'),
      (_F = 'InternalServerException'),
      (TF = 'OAuthAccessToken'),
      (IF = 'RefreshToken'),
      (wF = 'TooManyRequestsError'),
      (AF = 'ValidationException'),
      (fR = 'accessKeyId'),
      (Zf = 'accessToken'),
      (bF = 'access_token'),
      (oh = 'client'),
      (hR = 'clientId'),
      (gR = 'codeVerifier'),
      (CF = 'code'),
      (yo = 'error'),
      (eh = 'expiresIn'),
      (RF = 'expires_in'),
      (th = 'grantType'),
      (vF = 'grant_type'),
      (_R = 'http'),
      (nh = 'httpError'),
      (SR = 'idToken'),
      (we = 'jsonName'),
      (sp = 'message'),
      (OF = 'resource'),
      (np = 'refreshToken'),
      (yR = 'redirectUri'),
      (TR = 'smithy.ts.sdk.synthetic.com.amazonaws.signin'),
      (ER = 'secretAccessKey'),
      (xR = 'sessionToken'),
      (DF = 'server'),
      (PF = 'tokenInput'),
      (NF = 'tokenOutput'),
      (rh = 'tokenType'),
      (kF = 'token_type'),
      (Pe = 'com.amazonaws.signin'),
      (IR = new Q(TR)),
      (wR = [-3, TR, 'SigninServiceException', 0, [], []]);
    IR.registerError(wR, ar);
    (Ci = new Q(Pe)), (AR = [-3, Pe, lF, { [yo]: oh }, [yo, sp], [0, 0], 2]);
    Ci.registerError(AR, Ii);
    bR = [-3, Pe, _F, { [yo]: DF, [nh]: 500 }, [yo, sp], [0, 0], 2];
    Ci.registerError(bR, wi);
    CR = [-3, Pe, wF, { [yo]: oh, [nh]: 429 }, [yo, sp], [0, 0], 2];
    Ci.registerError(CR, Ai);
    RR = [-3, Pe, AF, { [yo]: oh, [nh]: 400 }, [yo, sp], [0, 0], 2];
    Ci.registerError(RR, bi);
    (sh = [IR, Ci]),
      (LF = [0, Pe, TF, 8, 0]),
      (vR = [0, Pe, IF, 8, 0]),
      (OR = [
        3,
        Pe,
        dF,
        8,
        [fR, ER, xR],
        [
          [0, { [we]: fR }],
          [0, { [we]: ER }],
          [0, { [we]: xR }],
        ],
        3,
      ]),
      (DR = [3, Pe, fF, 0, [PF], [[() => PR, 16]], 1]),
      (PR = [
        3,
        Pe,
        hF,
        0,
        [hR, th, CF, yR, gR, np],
        [
          [0, { [we]: hR }],
          [0, { [we]: th }],
          0,
          [0, { [we]: yR }],
          [0, { [we]: gR }],
          [() => vR, { [we]: np }],
        ],
        2,
      ]),
      (NR = [3, Pe, SF, 0, [NF], [[() => kR, 16]], 1]),
      (kR = [
        3,
        Pe,
        gF,
        0,
        [Zf, rh, eh, np, SR],
        [
          [() => OR, { [we]: Zf }],
          [0, { [we]: rh }],
          [1, { [we]: eh }],
          [() => vR, { [we]: np }],
          [0, { [we]: SR }],
        ],
        4,
      ]),
      (LR = [3, Pe, EF, 0, [th, OF], [[0, { [we]: vF }], 0], 2]),
      (MR = [
        3,
        Pe,
        xF,
        0,
        [Zf, rh, eh],
        [
          [() => LF, { [we]: bF }],
          [0, { [we]: kF }],
          [1, { [we]: RF }],
        ],
        3,
      ]),
      (ih = [9, Pe, mF, { [_R]: ['POST', '/v1/token', 200] }, () => DR, () => NR]),
      (ah = [
        9,
        Pe,
        yF,
        { [_R]: ['POST', '/v1/token?x-amz-client-auth-method=iam', 200] },
        () => LR,
        () => MR,
      ]);
  });
var UR,
  $R = u(() => {
    Oe();
    Bo();
    ve();
    jr();
    b();
    N();
    R();
    qf();
    mR();
    Ri();
    UR = (t) => ({
      apiVersion: '2023-01-01',
      base64Decoder: t?.base64Decoder ?? de,
      base64Encoder: t?.base64Encoder ?? ue,
      disableHostPrefix: t?.disableHostPrefix ?? !1,
      endpointProvider: t?.endpointProvider ?? dR,
      extensions: t?.extensions ?? [],
      httpAuthSchemeProvider: t?.httpAuthSchemeProvider ?? JC,
      httpAuthSchemes: t?.httpAuthSchemes ?? [
        {
          schemeId: 'aws.auth#sigv4',
          identityProvider: (e) => e.getIdentityProvider('aws.auth#sigv4'),
          signer: new ge(),
        },
        {
          schemeId: 'smithy.api#noAuth',
          identityProvider: (e) => e.getIdentityProvider('smithy.api#noAuth') || (async () => ({})),
          signer: new Fe(),
        },
      ],
      logger: t?.logger ?? new Ee(),
      protocol: t?.protocol ?? Nr,
      protocolSettings: t?.protocolSettings ?? {
        defaultNamespace: 'com.amazonaws.signin',
        errorTypeRegistries: sh,
        version: '2023-01-01',
        serviceTarget: 'Signin',
      },
      serviceId: t?.serviceId ?? 'Signin',
      sha256: t?.sha256 ?? mt,
      urlParser: t?.urlParser ?? fe,
      utf8Decoder: t?.utf8Decoder ?? re,
      utf8Encoder: t?.utf8Encoder ?? Z,
    });
  });
var BR,
  FR = u(() => {
    zs();
    k();
    Oe();
    b();
    D();
    gt();
    R();
    $o();
    $R();
    BR = (t) => {
      vt(process.version);
      const e = Ft(t),
        r = () => e().then(Rt),
        o = UR(t);
      Nt(process.version);
      const n = { profile: t?.profile, logger: o.logger };
      return {
        ...o,
        ...t,
        runtime: 'node',
        defaultsMode: e,
        authSchemePreference: t?.authSchemePreference ?? I(yt, n),
        bodyLengthChecker: t?.bodyLengthChecker ?? Lt,
        defaultSocketTimeout: kt(t?.requestHandler, 3e5),
        defaultUserAgentProvider:
          t?.defaultUserAgentProvider ?? tr({ serviceId: o.serviceId, clientVersion: so.version }),
        maxAttempts: t?.maxAttempts ?? I(Jt, t),
        region: t?.region ?? I($e, { ...st, ...n }),
        requestHandler: Ve.create(t?.requestHandler ?? r),
        retryMode:
          t?.retryMode ?? I({ ...Zt, default: async () => (await r()).retryMode || pt }, t),
        streamCollector: t?.streamCollector ?? We,
        useDualstackEndpoint: t?.useDualstackEndpoint ?? I(Ut, n),
        useFipsEndpoint: t?.useFipsEndpoint ?? I($t, n),
        userAgentAppId: t?.userAgentAppId ?? I(rr, n),
      };
    };
  });
var VR,
  HR,
  GR = u(() => {
    (VR = (t) => {
      let e = t.httpAuthSchemes,
        r = t.httpAuthSchemeProvider,
        o = t.credentials;
      return {
        setHttpAuthScheme(n) {
          const s = e.findIndex((i) => i.schemeId === n.schemeId);
          s === -1 ? e.push(n) : e.splice(s, 1, n);
        },
        httpAuthSchemes() {
          return e;
        },
        setHttpAuthSchemeProvider(n) {
          r = n;
        },
        httpAuthSchemeProvider() {
          return r;
        },
        setCredentials(n) {
          o = n;
        },
        credentials() {
          return o;
        },
      };
    }),
      (HR = (t) => ({
        httpAuthSchemes: t.httpAuthSchemes(),
        httpAuthSchemeProvider: t.httpAuthSchemeProvider(),
        credentials: t.credentials(),
      }));
  });
var KR,
  zR = u(() => {
    k();
    b();
    N();
    GR();
    KR = (t, e) => {
      const r = Object.assign(or(t), Ot(t), Ht(t), VR(t));
      return (e.forEach((o) => o.configure(r)), Object.assign(t, nr(r), Dt(r), Gt(r), HR(r)));
    };
  });
var vi,
  ch = u(() => {
    k();
    ve();
    b();
    D();
    ee();
    N();
    gt();
    X();
    qf();
    Yf();
    FR();
    zR();
    vi = class extends he {
      config;
      constructor(...[e]) {
        const r = BR(e || {});
        super(r), (this.initConfig = r);
        const o = ZC(r),
          n = Xt(o),
          s = Qt(n),
          i = Bt(s),
          a = i,
          c = hr(a),
          p = QC(c),
          l = KR(p, e?.extensions || []);
        (this.config = l),
          this.middlewareStack.use(Ct(this.config)),
          this.middlewareStack.use(er(this.config)),
          this.middlewareStack.use(xr(this.config)),
          this.middlewareStack.use(Kt(this.config)),
          this.middlewareStack.use(jt(this.config)),
          this.middlewareStack.use(Wt(this.config)),
          this.middlewareStack.use(qt(this.config)),
          this.middlewareStack.use(
            ft(this.config, {
              httpAuthSchemeParametersProvider: XC,
              identityProviderConfigProvider: async (d) =>
                new qe({ 'aws.auth#sigv4': d.credentials }),
            }),
          ),
          this.middlewareStack.use(ht(this.config));
      }
      destroy() {
        super.destroy();
      }
    };
  });
var ip,
  jR,
  WR,
  ap,
  uh = u(() => {
    b();
    ee();
    Yf();
    (ip = Pt(eR, 'Signin', 'SigninClient', gr)),
      (jR = { IsControlPlane: { type: 'staticContextParams', value: !1 } }),
      (WR = { IsOAuthEndpoint: { type: 'staticContextParams', value: !0 } }),
      (ap = (t, e, r, o) => []);
  });
var Oi,
  ph = u(() => {
    uh();
    Ri();
    Oi = class extends ip(jR, ap, 'CreateOAuth2Token', ih) {};
  });
var Di,
  lh = u(() => {
    uh();
    Ri();
    Di = class extends ip(WR, ap, 'CreateOAuth2TokenWithIAM', ah) {};
  });
var MF,
  cp,
  qR = u(() => {
    b();
    ph();
    lh();
    ch();
    (MF = { CreateOAuth2TokenCommand: Oi, CreateOAuth2TokenWithIAMCommand: Di }),
      (cp = class extends vi {});
    Rr(MF, cp);
  });
var YR = u(() => {
  ph();
  lh();
});
var UF,
  XR = u(() => {
    UF = {
      AUTHCODE_EXPIRED: 'AUTHCODE_EXPIRED',
      CONFLICT: 'CONFLICT',
      INSUFFICIENT_PERMISSIONS: 'INSUFFICIENT_PERMISSIONS',
      INVALID_REQUEST: 'INVALID_REQUEST',
      OAUTH_INVALID_CLIENT: 'invalid_client',
      OAUTH_INVALID_GRANT: 'invalid_grant',
      OAUTH_INVALID_REQUEST: 'invalid_request',
      OAUTH_INVALID_SCOPE: 'invalid_scope',
      OAUTH_INVALID_TARGET: 'invalid_target',
      OAUTH_RATE_EXCEEDED: 'rate_exceeded',
      OAUTH_SERVICE_UNAVAILABLE: 'service_unavailable',
      OAUTH_UNSUPPORTED_GRANT_TYPE: 'unsupported_grant_type',
      RESOURCE_NOT_FOUND: 'RESOURCE_NOT_FOUND',
      SERVER_ERROR: 'server_error',
      SERVICE_QUOTA_EXCEEDED: 'SERVICE_QUOTA_EXCEEDED',
      TOKEN_EXPIRED: 'TOKEN_EXPIRED',
      USER_CREDENTIALS_CHANGED: 'USER_CREDENTIALS_CHANGED',
    };
  });
var JR = u(() => {});
var QR = {};
Ze(QR, {
  $Command: () => je,
  AccessDeniedException: () => Ii,
  AccessDeniedException$: () => AR,
  AccessToken$: () => OR,
  CreateOAuth2Token$: () => ih,
  CreateOAuth2TokenCommand: () => Oi,
  CreateOAuth2TokenRequest$: () => DR,
  CreateOAuth2TokenRequestBody$: () => PR,
  CreateOAuth2TokenResponse$: () => NR,
  CreateOAuth2TokenResponseBody$: () => kR,
  CreateOAuth2TokenWithIAM$: () => ah,
  CreateOAuth2TokenWithIAMCommand: () => Di,
  CreateOAuth2TokenWithIAMRequest$: () => LR,
  CreateOAuth2TokenWithIAMResponse$: () => MR,
  InternalServerException: () => wi,
  InternalServerException$: () => bR,
  OAuth2ErrorCode: () => UF,
  Signin: () => cp,
  SigninClient: () => vi,
  SigninServiceException: () => ar,
  SigninServiceException$: () => wR,
  TooManyRequestsError: () => Ai,
  TooManyRequestsError$: () => CR,
  ValidationException: () => bi,
  ValidationException$: () => RR,
  __Client: () => he,
  errorTypeRegistries: () => sh,
});
var ZR = u(() => {
  ch();
  qR();
  YR();
  b();
  Ri();
  XR();
  Qf();
  JR();
  op();
});

import {
  createHash as $F,
  createPrivateKey as BF,
  createPublicKey as FF,
  sign as VF,
} from 'node:crypto';
import { promises as dh } from 'node:fs';
import { homedir as HF } from 'node:os';
import { join as ev, dirname as GF } from 'node:path';

var up,
  tv = u(() => {
    D();
    N();
    up = class t {
      profileData;
      init;
      callerClientConfig;
      static REFRESH_THRESHOLD = 300 * 1e3;
      constructor(e, r, o) {
        (this.profileData = e), (this.init = r), (this.callerClientConfig = o);
      }
      async loadCredentials() {
        const e = await this.loadToken();
        if (!e)
          throw new _(
            `Failed to load a token for session ${this.loginSession}, please re-authenticate using aws login`,
            { tryNextLink: !1, logger: this.logger },
          );
        const r = e.accessToken,
          o = Date.now();
        return new Date(r.expiresAt).getTime() - o <= t.REFRESH_THRESHOLD
          ? this.refresh(e)
          : this.toCredentials(e.accessToken);
      }
      get logger() {
        return this.init?.logger;
      }
      get loginSession() {
        return this.profileData.login_session;
      }
      toCredentials(e) {
        return {
          accessKeyId: e.accessKeyId,
          secretAccessKey: e.secretAccessKey,
          sessionToken: e.sessionToken,
          accountId: e.accountId,
          expiration: new Date(e.expiresAt),
        };
      }
      async refresh(e) {
        const r = await this.loadToken().catch(() => e),
          o = Date.now(),
          n = new Date(r.accessToken.expiresAt).getTime(),
          s = new Date(e.accessToken.expiresAt).getTime(),
          i = n <= o && s > o ? e : r;
        if (new Date(i.accessToken.expiresAt).getTime() - Date.now() > t.REFRESH_THRESHOLD)
          return this.toCredentials(i.accessToken);
        const { SigninClient: c, CreateOAuth2TokenCommand: p } = await Promise.resolve().then(
            () => (ZR(), QR),
          ),
          { logger: l, userAgentAppId: d } = this.callerClientConfig ?? {},
          f = ((E) => E?.metadata?.handlerProtocol === 'h2')(
            this.callerClientConfig?.requestHandler,
          )
            ? void 0
            : this.callerClientConfig?.requestHandler,
          h =
            typeof i.signInRegion == 'string' && i.signInRegion.length > 0
              ? i.signInRegion
              : void 0,
          S =
            h ??
            this.profileData.region ??
            (await this.callerClientConfig?.region?.()) ??
            process.env.AWS_REGION,
          g = new c({
            credentials: { accessKeyId: '', secretAccessKey: '' },
            region: S,
            requestHandler: f,
            logger: l,
            userAgentAppId: d,
            ...this.init?.clientConfig,
            ...(h && { region: h }),
          });
        this.createDPoPInterceptor(g.middlewareStack);
        const y = {
          tokenInput: {
            clientId: i.clientId,
            refreshToken: i.refreshToken,
            grantType: 'refresh_token',
          },
        };
        try {
          const E = await g.send(new p(y)),
            {
              accessKeyId: T,
              secretAccessKey: w,
              sessionToken: v,
            } = E.tokenOutput?.accessToken ?? {},
            { refreshToken: W, expiresIn: J } = E.tokenOutput ?? {};
          if (!T || !w || !v || !W)
            throw new _('Token refresh response missing required fields', {
              logger: this.logger,
              tryNextLink: !1,
            });
          const dt = (J ?? 900) * 1e3,
            pr = new Date(Date.now() + dt),
            ie = {
              ...i,
              accessToken: {
                ...i.accessToken,
                accessKeyId: T,
                secretAccessKey: w,
                sessionToken: v,
                expiresAt: pr.toISOString(),
              },
              refreshToken: W,
            };
          return (await this.saveToken(ie), this.toCredentials(ie.accessToken));
        } catch (E) {
          if (E.name === 'AccessDeniedException') {
            let w = E.error,
              v;
            switch (w) {
              case 'TOKEN_EXPIRED':
                v = 'Your session has expired. Please reauthenticate.';
                break;
              case 'USER_CREDENTIALS_CHANGED':
                v =
                  'Unable to refresh credentials because of a change in your password. Please reauthenticate with your new password.';
                break;
              case 'INSUFFICIENT_PERMISSIONS':
                v =
                  "Unable to refresh credentials due to insufficient permissions. You may be missing permission for the 'CreateOAuth2Token' action.";
                break;
              default:
                v = `Failed to refresh token: ${String(E)}. Please re-authenticate using \`aws login\``;
            }
            throw new _(v, { logger: this.logger, tryNextLink: !1 });
          }
          if (new Date(i.accessToken.expiresAt).getTime() > Date.now())
            return (
              this.logger?.warn?.(
                `Failed to refresh token: ${String(E)}. Using existing token until expiry.`,
              ),
              this.toCredentials(i.accessToken)
            );
          throw new _(
            `Failed to refresh token: ${String(E)}. Please re-authenticate using aws login`,
            { logger: this.logger },
          );
        }
      }
      async loadToken() {
        const e = this.getTokenFilePath();
        try {
          const r = await dh.readFile(e, 'utf8'),
            o = JSON.parse(r),
            n = ['accessToken', 'clientId', 'refreshToken', 'dpopKey'].filter((s) => !o[s]);
          if ((o.accessToken?.accountId || n.push('accountId'), n.length > 0))
            throw new _(`Token validation failed, missing fields: ${n.join(', ')}`, {
              logger: this.logger,
              tryNextLink: !1,
            });
          return o;
        } catch (r) {
          throw new _(`Failed to load token from ${e}: ${String(r)}`, {
            logger: this.logger,
            tryNextLink: !1,
          });
        }
      }
      async saveToken(e) {
        const r = this.getTokenFilePath(),
          o = GF(r);
        try {
          await dh.mkdir(o, { recursive: !0 });
        } catch {}
        await dh.writeFile(r, JSON.stringify(e, null, 2), 'utf8');
      }
      getTokenFilePath() {
        const e = process.env.AWS_LOGIN_CACHE_DIRECTORY ?? ev(HF(), '.aws', 'login', 'cache'),
          r = Buffer.from(this.loginSession, 'utf8'),
          o = $F('sha256').update(r).digest('hex');
        return ev(e, `${o}.json`);
      }
      derToRawSignature(e) {
        let r = 2;
        if (e[r] !== 2) throw new Error('Invalid DER signature');
        r++;
        let o = e[r++],
          n = e.subarray(r, r + o);
        if (((r += o), e[r] !== 2)) throw new Error('Invalid DER signature');
        r++;
        let s = e[r++],
          i = e.subarray(r, r + s);
        (n = n[0] === 0 ? n.subarray(1) : n), (i = i[0] === 0 ? i.subarray(1) : i);
        const a = Buffer.concat([Buffer.alloc(32 - n.length), n]),
          c = Buffer.concat([Buffer.alloc(32 - i.length), i]);
        return Buffer.concat([a, c]);
      }
      createDPoPInterceptor(e) {
        e.add(
          (r) => async (o) => {
            if (F.isInstance(o.request)) {
              const n = o.request,
                s = `${n.protocol}//${n.hostname}${n.port ? `:${n.port}` : ''}${n.path}`,
                i = await this.generateDpop(n.method, s);
              n.headers = { ...n.headers, DPoP: i };
            }
            return r(o);
          },
          { step: 'finalizeRequest', name: 'dpopInterceptor', override: !0 },
        );
      }
      async generateDpop(e = 'POST', r) {
        const o = await this.loadToken();
        try {
          let n = BF({ key: o.dpopKey, format: 'pem', type: 'sec1' }),
            i = FF(n).export({ format: 'der', type: 'spki' }),
            a = -1;
          for (let E = 0; E < i.length; E++)
            if (i[E] === 4) {
              a = E;
              break;
            }
          const c = i.slice(a + 1, a + 33),
            p = i.slice(a + 33, a + 65),
            l = {
              alg: 'ES256',
              typ: 'dpop+jwt',
              jwk: {
                kty: 'EC',
                crv: 'P-256',
                x: c.toString('base64url'),
                y: p.toString('base64url'),
              },
            },
            d = { jti: crypto.randomUUID(), htm: e, htu: r, iat: Math.floor(Date.now() / 1e3) },
            m = Buffer.from(JSON.stringify(l)).toString('base64url'),
            f = Buffer.from(JSON.stringify(d)).toString('base64url'),
            h = `${m}.${f}`,
            S = VF('sha256', Buffer.from(h), n),
            y = this.derToRawSignature(S).toString('base64url');
          return `${h}.${y}`;
        } catch (n) {
          throw new _(
            `Failed to generate Dpop proof: ${n instanceof Error ? n.message : String(n)}`,
            { logger: this.logger, tryNextLink: !1 },
          );
        }
      }
    };
  });
var rv,
  ov = u(() => {
    k();
    D();
    tv();
    rv =
      (t) =>
      async ({ callerClientConfig: e } = {}) => {
        t?.logger?.debug?.('@aws-sdk/credential-providers - fromLoginCredentials');
        const r = await Mt(t || {}),
          o = Ue({ profile: t?.profile ?? e?.profile }),
          n = r[o];
        if (!n?.login_session)
          throw new _(`Profile ${o} does not contain login_session.`, {
            tryNextLink: !0,
            logger: t?.logger,
          });
        const i = await new up(n, t, e).loadCredentials();
        return L(i, 'CREDENTIALS_LOGIN', 'AD');
      };
  });
var nv = {};
Ze(nv, { fromLoginCredentials: () => rv });
var sv = u(() => {
  ov();
});
var iv,
  av,
  cv = u(() => {
    k();
    (iv = (t) => !!(t && t.login_session)),
      (av = async (t, e, r) => {
        const { fromLoginCredentials: o } = await Promise.resolve().then(() => (sv(), nv)),
          n = await o({ ...e, profile: t })({ callerClientConfig: r });
        return L(n, 'CREDENTIALS_PROFILE_LOGIN', 'AC');
      });
  });
var uv,
  pv = u(() => {
    k();
    uv = (t, e, r) => {
      if (e.Version !== 1) throw Error(`Profile ${t} credential_process did not return Version 1.`);
      if (e.AccessKeyId === void 0 || e.SecretAccessKey === void 0)
        throw Error(`Profile ${t} credential_process returned invalid credentials.`);
      if (e.Expiration) {
        const s = new Date();
        if (new Date(e.Expiration) < s)
          throw Error(`Profile ${t} credential_process returned expired credentials.`);
      }
      let o = e.AccountId;
      !o && r?.[t]?.aws_account_id && (o = r[t].aws_account_id);
      const n = {
        accessKeyId: e.AccessKeyId,
        secretAccessKey: e.SecretAccessKey,
        ...(e.SessionToken && { sessionToken: e.SessionToken }),
        ...(e.Expiration && { expiration: new Date(e.Expiration) }),
        ...(e.CredentialScope && { credentialScope: e.CredentialScope }),
        ...(o && { accountId: o }),
      };
      return (L(n, 'CREDENTIALS_PROCESS', 'w'), n);
    };
  });

import { exec as KF } from 'node:child_process';
import { promisify as zF } from 'node:util';

var lv,
  dv = u(() => {
    D();
    pv();
    lv = async (t, e, r) => {
      const o = e[t];
      if (e[t]) {
        const n = o.credential_process;
        if (n !== void 0) {
          const s = zF(us?.getTokenRecord?.().exec ?? KF);
          try {
            let { stdout: i } = await s(n),
              a;
            try {
              a = JSON.parse(i.trim());
            } catch {
              throw Error(`Profile ${t} credential_process returned invalid JSON.`);
            }
            return uv(t, a, e);
          } catch (i) {
            throw new _(i.message, { logger: r });
          }
        } else throw new _(`Profile ${t} did not contain credential_process.`, { logger: r });
      } else
        throw new _(`Profile ${t} could not be found in shared credentials file.`, { logger: r });
    };
  });
var mv,
  fv = u(() => {
    D();
    dv();
    mv =
      (t = {}) =>
      async ({ callerClientConfig: e } = {}) => {
        t.logger?.debug('@aws-sdk/credential-provider-process - fromProcess');
        const r = await Mt(t);
        return lv(Ue({ profile: t.profile ?? e?.profile }), r, t.logger);
      };
  });
var mh = {};
Ze(mh, { fromProcess: () => mv });
var fh = u(() => {
  fv();
});
var hv,
  gv,
  Sv = u(() => {
    k();
    (hv = (t) => !!t && typeof t == 'object' && typeof t.credential_process == 'string'),
      (gv = async (t, e) => {
        const { fromProcess: r } = await Promise.resolve().then(() => (fh(), mh)),
          o = await r({ ...t, profile: e })();
        return L(o, 'CREDENTIALS_PROFILE_PROCESS', 'v');
      });
  });
var yv,
  Ev,
  xv = u(() => {
    k();
    (yv = async (t, e, r = {}, o) => {
      const { fromSSO: n } = await Promise.resolve().then(() => (bf(), Af));
      return n({
        profile: t,
        logger: r.logger,
        parentClientConfig: r.parentClientConfig,
        clientConfig: r.clientConfig,
      })({ callerClientConfig: o }).then((s) =>
        e.sso_session
          ? L(s, 'CREDENTIALS_PROFILE_SSO', 'r')
          : L(s, 'CREDENTIALS_PROFILE_SSO_LEGACY', 't'),
      );
    }),
      (Ev = (t) =>
        t &&
        (typeof t.sso_start_url == 'string' ||
          typeof t.sso_account_id == 'string' ||
          typeof t.sso_session == 'string' ||
          typeof t.sso_region == 'string' ||
          typeof t.sso_role_name == 'string'));
  });
var hh,
  gh,
  _v = u(() => {
    k();
    (hh = (t) =>
      !!t &&
      typeof t == 'object' &&
      typeof t.aws_access_key_id == 'string' &&
      typeof t.aws_secret_access_key == 'string' &&
      ['undefined', 'string'].indexOf(typeof t.aws_session_token) > -1 &&
      ['undefined', 'string'].indexOf(typeof t.aws_account_id) > -1),
      (gh = async (t, e) => {
        e?.logger?.debug('@aws-sdk/credential-provider-ini - resolveStaticCredentials');
        const r = {
          accessKeyId: t.aws_access_key_id,
          secretAccessKey: t.aws_secret_access_key,
          sessionToken: t.aws_session_token,
          ...(t.aws_credential_scope && { credentialScope: t.aws_credential_scope }),
          ...(t.aws_account_id && { accountId: t.aws_account_id }),
        };
        return L(r, 'CREDENTIALS_PROFILE', 'n');
      });
  });
var pp,
  Sh = u(() => {
    pp = (t) => async (e) => {
      t.logger?.debug('@aws-sdk/credential-provider-web-identity - fromWebToken');
      let {
          roleArn: r,
          roleSessionName: o,
          webIdentityToken: n,
          providerId: s,
          policyArns: i,
          policy: a,
          durationSeconds: c,
        } = t,
        { roleAssumerWithWebIdentity: p } = t;
      if (!p) {
        const { getDefaultRoleAssumerWithWebIdentity: l } = await Promise.resolve().then(
          () => (Wf(), jf),
        );
        p = l(
          {
            ...t.clientConfig,
            credentialProviderLogger: t.logger,
            parentClientConfig: { ...e?.callerClientConfig, ...t.parentClientConfig },
          },
          t.clientPlugins,
        );
      }
      return p({
        RoleArn: r,
        RoleSessionName: o ?? `aws-sdk-js-session-${Date.now()}`,
        WebIdentityToken: n,
        ProviderId: s,
        PolicyArns: i,
        Policy: a,
        DurationSeconds: c,
      });
    };
  });

import { readFileSync as jF } from 'node:fs';

var Tv,
  WF,
  qF,
  Iv,
  wv = u(() => {
    k();
    D();
    Sh();
    (Tv = 'AWS_WEB_IDENTITY_TOKEN_FILE'),
      (WF = 'AWS_ROLE_ARN'),
      (qF = 'AWS_ROLE_SESSION_NAME'),
      (Iv =
        (t = {}) =>
        async (e) => {
          t.logger?.debug('@aws-sdk/credential-provider-web-identity - fromTokenFile');
          const r = t?.webIdentityTokenFile ?? process.env[Tv],
            o = t?.roleArn ?? process.env[WF],
            n = t?.roleSessionName ?? process.env[qF];
          if (!r || !o)
            throw new _('Web identity configuration not specified', { logger: t.logger });
          const s = await pp({
            ...t,
            webIdentityToken: us?.getTokenRecord?.()[r] ?? jF(r, { encoding: 'ascii' }),
            roleArn: o,
            roleSessionName: n,
          })(e);
          return (r === process.env[Tv] && L(s, 'CREDENTIALS_ENV_VARS_STS_WEB_ID_TOKEN', 'h'), s);
        });
  });
var yh = {};
Ze(yh, { fromTokenFile: () => Iv, fromWebToken: () => pp });
var Eh = u(() => {
  wv();
  Sh();
});
var Av,
  bv,
  Cv = u(() => {
    k();
    (Av = (t) =>
      !!t &&
      typeof t == 'object' &&
      typeof t.web_identity_token_file == 'string' &&
      typeof t.role_arn == 'string' &&
      ['undefined', 'string'].indexOf(typeof t.role_session_name) > -1),
      (bv = async (t, e, r) => {
        const { fromTokenFile: o } = await Promise.resolve().then(() => (Eh(), yh)),
          n = await o({
            webIdentityTokenFile: t.web_identity_token_file,
            roleArn: t.role_arn,
            roleSessionName: t.role_session_name,
            roleAssumerWithWebIdentity: e.roleAssumerWithWebIdentity,
            logger: e.logger,
            parentClientConfig: e.parentClientConfig,
          })({ callerClientConfig: r });
        return L(n, 'CREDENTIALS_PROFILE_STS_WEB_ID_TOKEN', 'q');
      });
  });
var xh,
  Rv = u(() => {
    D();
    YC();
    cv();
    Sv();
    xv();
    _v();
    Cv();
    xh = async (t, e, r, o, n = {}, s = !1) => {
      const i = e[t];
      if (Object.keys(n).length > 0 && hh(i)) return gh(i, r);
      if (s || WC(i, { profile: t, logger: r.logger })) return qC(t, e, r, o, n, xh);
      if (hh(i)) return gh(i, r);
      if (Av(i)) return bv(i, r, o);
      if (hv(i)) return gv(r, t);
      if (Ev(i)) return await yv(t, i, r, o);
      if (iv(i)) return av(t, r, o);
      throw new _(
        `Could not resolve credentials using profile: [${t}] in configuration/credentials file(s).`,
        { logger: r.logger },
      );
    };
  });
var vv,
  Ov = u(() => {
    D();
    Rv();
    vv =
      (t = {}) =>
      async ({ callerClientConfig: e } = {}) => {
        t.logger?.debug('@aws-sdk/credential-provider-ini - fromIni');
        const r = await Mt(t);
        return xh(Ue({ profile: t.profile ?? e?.profile }), r, t, e);
      };
  });
var Dv = {};
Ze(Dv, { fromIni: () => vv });
var Pv = u(() => {
  Ov();
});
var Rp = {
    get_chats: { method: 'GET', path: '/chats', routeKey: 'GET /chats' },
    get_chat: { method: 'GET', path: '/chats/{chatId}', routeKey: 'GET /chats/{chatId}' },
    send_message: {
      method: 'POST',
      path: '/chats/{chatId}/messages',
      routeKey: 'POST /chats/{chatId}/messages',
    },
  },
  O2 = Object.keys(Rp);
var vp = {
  VALIDATION_ERROR: { status: 400, retryable: !1 },
  UNAUTHORIZED: { status: 401, retryable: !1 },
  NOT_FOUND: { status: 404, retryable: !1 },
  PAYLOAD_TOO_LARGE: { status: 413, retryable: !1 },
  INTERNAL: { status: 500, retryable: !1 },
  AI_PROVIDER_ERROR: { status: 502, retryable: !0 },
  AI_RATE_LIMITED: { status: 503, retryable: !0 },
  STORE_THROTTLED: { status: 503, retryable: !0 },
  AI_TIMEOUT: { status: 504, retryable: !0 },
};
var Op = {
  contentMinChars: 1,
  contentMaxChars: 8e3,
  bodyMaxBytes: 32768,
  chatsPage: { min: 1, max: 100, default: 20 },
  messagesPage: { min: 1, max: 100, default: 100 },
  ulidLength: 26,
};
var Un = {
    serverTiming: 'server-timing',
    coldStart: 'x-loopgauge-cold-start',
    environment: 'x-loopgauge-env',
    dynamodb: 'x-loopgauge-ddb',
  },
  tD = ['init', 'ssm', 'ddb', 'ai', 'app'];
function Bh(t) {
  return tD
    .filter((e) => t[e] !== void 0)
    .map((e) => `${e};dur=${Dp(t[e] ?? 0)}`)
    .join(', ');
}
function Fh(t) {
  return `rcu=${Dp(t.rcu)};wcu=${Dp(t.wcu)};retries=${t.retries}`;
}
function Dp(t) {
  return Math.round(t * 100) / 100;
}
var At = class extends Error {
    code;
    constructor(e, r, o) {
      super(r, o), (this.name = 'ApiError'), (this.code = e);
    }
    get status() {
      return vp[this.code].status;
    }
    get retryable() {
      return vp[this.code].retryable;
    }
  },
  Ar = class extends At {
    constructor(e, r) {
      super('VALIDATION_ERROR', e, r), (this.name = 'ValidationError');
    }
  },
  $n = class extends At {
    constructor(e) {
      super('UNAUTHORIZED', e), (this.name = 'UnauthorizedError');
    }
  },
  Bn = class extends At {
    constructor(e) {
      super('NOT_FOUND', e), (this.name = 'NotFoundError');
    }
  };
var Fn = class extends At {
    constructor(e) {
      super('STORE_THROTTLED', 'The chat store is throttling requests', e),
        (this.name = 'StoreThrottledError');
    }
  },
  xo = class extends Error {
    constructor(e) {
      super(e), (this.name = 'ConfigError');
    }
  };
function Vh(t) {
  return t instanceof Error ? t : new Error(String(t));
}
var Ae = {
    partitionKey: 'pk',
    sortKey: 'sk',
    activityIndex: { name: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
  },
  H2 = {
    AttributeDefinitions: [
      { AttributeName: Ae.partitionKey, AttributeType: 'S' },
      { AttributeName: Ae.sortKey, AttributeType: 'S' },
      { AttributeName: Ae.activityIndex.partitionKey, AttributeType: 'S' },
      { AttributeName: Ae.activityIndex.sortKey, AttributeType: 'S' },
    ],
    KeySchema: [
      { AttributeName: Ae.partitionKey, KeyType: 'HASH' },
      { AttributeName: Ae.sortKey, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: [
      {
        IndexName: Ae.activityIndex.name,
        KeySchema: [
          { AttributeName: Ae.activityIndex.partitionKey, KeyType: 'HASH' },
          { AttributeName: Ae.activityIndex.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      },
    ],
  };
var Yi = 'CHAT',
  Pp = 'MSG#',
  rD = '#A';
function Vn(t) {
  return (Np('sub', t), `U#${t}`);
}
function Hn(t, e) {
  return (Np('chatId', e), `${Vn(t)}#C#${e}`);
}
function Gn(t, e) {
  return { pk: Hn(t, e), sk: Yi };
}
function Kn(t, e, r) {
  return (Np('messageId', r), { pk: Hn(t, e), sk: `${Pp}${r}` });
}
function zn(t, e, r) {
  const o = Kn(t, e, r);
  return { pk: o.pk, sk: `${o.sk}${rD}` };
}
function Hh(t, e) {
  return `${t}#${e}`;
}
function Np(t, e) {
  if (e.length === 0 || e.includes('#'))
    throw new TypeError(`${t} cannot be part of a key: ${JSON.stringify(e)}`);
}
b();
var ra = 'preferred',
  sD = ['disabled', 'preferred', 'required'];
function qn(t) {
  return sD.includes(t);
}
var jp = (t) => {
  const { accountIdEndpointMode: e } = t,
    r = Y(e ?? ra);
  return Object.assign(t, {
    accountIdEndpointMode: async () => {
      const o = await r();
      if (!qn(o))
        throw new Error(
          `Invalid value for accountIdEndpointMode: ${o}. Valid values are: "required", "preferred", "disabled".`,
        );
      return o;
    },
  });
};
var kg = 'Invalid AccountIdEndpointMode value',
  Lg = (t) => {
    throw new Error(t);
  },
  Mg = 'AWS_ACCOUNT_ID_ENDPOINT_MODE',
  Ug = 'account_id_endpoint_mode',
  Wp = {
    environmentVariableSelector: (t) => {
      const e = t[Mg];
      return (e && !qn(e) && Lg(kg), e);
    },
    configFileSelector: (t) => {
      const e = t[Ug];
      return (e && !qn(e) && Lg(kg), e);
    },
    default: ra,
  };
k();
var iT = ['AWS_ENABLE_ENDPOINT_DISCOVERY', 'AWS_ENDPOINT_DISCOVERY_ENABLED'],
  om = 'endpoint_discovery_enabled',
  aT = (t) => ['false', '0'].indexOf(t) >= 0,
  nm = {
    environmentVariableSelector: (t) => {
      for (let e = 0; e < iT.length; e++) {
        const r = iT[e];
        if (r in t) {
          const o = t[r];
          if (o === '')
            throw Error(`Environment variable ${r} can't be empty of undefined, got "${o}"`);
          return !aT(o);
        }
      }
    },
    configFileSelector: (t) => {
      if (om in t) {
        const e = t[om];
        if (e === void 0) throw Error(`Shared config entry ${om} can't be undefined, got "${e}"`);
        return !aT(e);
      }
    },
    default: void 0,
  };
var ET = eD(yT()),
  vs = class {
    cache;
    constructor(e) {
      this.cache = new ET.default(e);
    }
    getEndpoint(e) {
      const r = this.get(e);
      if (!r || r.length === 0) return;
      const o = r.map((n) => n.Address);
      return o[Math.floor(Math.random() * o.length)];
    }
    get(e) {
      if (!this.has(e)) return;
      const r = this.cache.get(e);
      if (!r) return;
      const o = Date.now(),
        n = r.filter((s) => o < s.Expires);
      if (n.length === 0) {
        this.delete(e);
        return;
      }
      return n;
    }
    set(e, r) {
      const o = Date.now();
      this.cache.set(
        e,
        r.map(({ Address: n, CachePeriodInMinutes: s }) => ({
          Address: n,
          Expires: o + s * 60 * 1e3,
        })),
      );
    }
    delete(e) {
      this.cache.set(e, []);
    }
    has(e) {
      if (!this.cache.has(e)) return !1;
      const r = this.cache.peek(e);
      return r ? r.length > 0 : !1;
    }
    clear() {
      this.cache.clear();
    }
  };
var um = (t, { endpointDiscoveryCommandCtor: e }) => {
  const {
    endpointCacheSize: r,
    endpointDiscoveryEnabled: o,
    endpointDiscoveryEnabledProvider: n,
  } = t;
  return Object.assign(t, {
    endpointDiscoveryCommandCtor: e,
    endpointCache: new vs(r ?? 1e3),
    endpointDiscoveryEnabled: o !== void 0 ? () => Promise.resolve(o) : n,
    isClientEndpointDiscoveryEnabled: o !== void 0,
  });
};
ve();
b();
D();
ee();
N();
gt();
X();
Oe();
b();
var gI = async (t, e, r) => ({
  operation: te(e).operation,
  region:
    (await Y(t.region)()) ||
    (() => {
      throw new Error('expected `region` to be configured for `aws.auth#sigv4`');
    })(),
});
function WN(t) {
  return {
    schemeId: 'aws.auth#sigv4',
    signingProperties: { name: 'dynamodb', region: t.region },
    propertiesExtractor: (e, r) => ({ signingProperties: { config: e, context: r } }),
  };
}
var SI = (t) => {
    const e = [];
    switch (t.operation) {
      default:
        e.push(WN(t));
    }
    return e;
  },
  yI = (t) => {
    const e = Tr(t);
    return Object.assign(e, { authSchemePreference: Y(t.authSchemePreference ?? []) });
  };
b();
ee();
var EI = (t) =>
    Object.assign(t, {
      useDualstackEndpoint: t.useDualstackEndpoint ?? !1,
      useFipsEndpoint: t.useFipsEndpoint ?? !1,
      defaultSigningName: 'dynamodb',
    }),
  xI = {
    UseFIPS: { type: 'builtInParams', name: 'useFipsEndpoint' },
    AccountId: { type: 'builtInParams', name: 'accountId' },
    Endpoint: { type: 'builtInParams', name: 'endpoint' },
    Region: { type: 'builtInParams', name: 'region' },
    UseDualStack: { type: 'builtInParams', name: 'useDualstackEndpoint' },
    AccountIdEndpointMode: { type: 'builtInParams', name: 'accountIdEndpointMode' },
  };
var Et = Pt(xI, 'DynamoDB_20120810', 'DynamoDBClient', gr),
  _I = {},
  TI = {
    ResourceArnList: {
      type: 'operationContextParams',
      get: (t) => Object.keys(t?.RequestItems ?? {}),
    },
  };
var ro = { ResourceArn: { type: 'contextParams', name: 'TableName' } };
var xt = (t, e, r, o) => [];
X();
b();
var P = class t extends et {
  static shapeId = 'smithy.ts.sdk.synthetic.com.amazonaws.dynamodb#DynamoDBServiceException';
  constructor(e) {
    super(e), Object.setPrototypeOf(this, t.prototype);
  }
};
var wc = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#BackupInUseException';
    name = 'BackupInUseException';
    $fault = 'client';
    constructor(e) {
      super({ name: 'BackupInUseException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  Ac = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#BackupNotFoundException';
    name = 'BackupNotFoundException';
    $fault = 'client';
    constructor(e) {
      super({ name: 'BackupNotFoundException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  bc = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#InternalServerError';
    name = 'InternalServerError';
    $fault = 'server';
    constructor(e) {
      super({ name: 'InternalServerError', $fault: 'server', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  Cc = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#RequestLimitExceeded';
    name = 'RequestLimitExceeded';
    $fault = 'client';
    ThrottlingReasons;
    constructor(e) {
      super({ name: 'RequestLimitExceeded', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype),
        (this.ThrottlingReasons = e.ThrottlingReasons);
    }
  },
  Rc = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#ThrottlingException';
    name = 'ThrottlingException';
    $fault = 'client';
    throttlingReasons;
    constructor(e) {
      super({ name: 'ThrottlingException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype),
        (this.throttlingReasons = e.throttlingReasons);
    }
  },
  vc = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#InvalidEndpointException';
    name = 'InvalidEndpointException';
    $fault = 'client';
    Message;
    constructor(e) {
      super({ name: 'InvalidEndpointException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype),
        (this.Message = e.Message);
    }
  },
  Oc = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#ProvisionedThroughputExceededException';
    name = 'ProvisionedThroughputExceededException';
    $fault = 'client';
    ThrottlingReasons;
    constructor(e) {
      super({ name: 'ProvisionedThroughputExceededException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype),
        (this.ThrottlingReasons = e.ThrottlingReasons);
    }
  },
  Dc = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#ResourceNotFoundException';
    name = 'ResourceNotFoundException';
    $fault = 'client';
    constructor(e) {
      super({ name: 'ResourceNotFoundException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  Pc = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#ItemCollectionSizeLimitExceededException';
    name = 'ItemCollectionSizeLimitExceededException';
    $fault = 'client';
    constructor(e) {
      super({ name: 'ItemCollectionSizeLimitExceededException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  Nc = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#ReplicatedWriteConflictException';
    name = 'ReplicatedWriteConflictException';
    $fault = 'client';
    $retryable = {};
    constructor(e) {
      super({ name: 'ReplicatedWriteConflictException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  kc = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#ContinuousBackupsUnavailableException';
    name = 'ContinuousBackupsUnavailableException';
    $fault = 'client';
    constructor(e) {
      super({ name: 'ContinuousBackupsUnavailableException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  Lc = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#LimitExceededException';
    name = 'LimitExceededException';
    $fault = 'client';
    constructor(e) {
      super({ name: 'LimitExceededException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  Mc = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#TableInUseException';
    name = 'TableInUseException';
    $fault = 'client';
    constructor(e) {
      super({ name: 'TableInUseException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  Uc = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#TableNotFoundException';
    name = 'TableNotFoundException';
    $fault = 'client';
    constructor(e) {
      super({ name: 'TableNotFoundException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  $c = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#GlobalTableAlreadyExistsException';
    name = 'GlobalTableAlreadyExistsException';
    $fault = 'client';
    constructor(e) {
      super({ name: 'GlobalTableAlreadyExistsException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  Bc = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#ResourceInUseException';
    name = 'ResourceInUseException';
    $fault = 'client';
    constructor(e) {
      super({ name: 'ResourceInUseException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  Fc = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#TransactionConflictException';
    name = 'TransactionConflictException';
    $fault = 'client';
    constructor(e) {
      super({ name: 'TransactionConflictException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  Vc = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#PolicyNotFoundException';
    name = 'PolicyNotFoundException';
    $fault = 'client';
    constructor(e) {
      super({ name: 'PolicyNotFoundException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  Hc = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#ExportNotFoundException';
    name = 'ExportNotFoundException';
    $fault = 'client';
    constructor(e) {
      super({ name: 'ExportNotFoundException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  Gc = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#GlobalTableNotFoundException';
    name = 'GlobalTableNotFoundException';
    $fault = 'client';
    constructor(e) {
      super({ name: 'GlobalTableNotFoundException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  Kc = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#ImportNotFoundException';
    name = 'ImportNotFoundException';
    $fault = 'client';
    constructor(e) {
      super({ name: 'ImportNotFoundException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  zc = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#DuplicateItemException';
    name = 'DuplicateItemException';
    $fault = 'client';
    constructor(e) {
      super({ name: 'DuplicateItemException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  jc = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#IdempotentParameterMismatchException';
    name = 'IdempotentParameterMismatchException';
    $fault = 'client';
    Message;
    constructor(e) {
      super({ name: 'IdempotentParameterMismatchException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype),
        (this.Message = e.Message);
    }
  },
  Wc = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#TransactionInProgressException';
    name = 'TransactionInProgressException';
    $fault = 'client';
    Message;
    constructor(e) {
      super({ name: 'TransactionInProgressException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype),
        (this.Message = e.Message);
    }
  },
  qc = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#ExportConflictException';
    name = 'ExportConflictException';
    $fault = 'client';
    constructor(e) {
      super({ name: 'ExportConflictException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  Yc = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#InvalidExportTimeException';
    name = 'InvalidExportTimeException';
    $fault = 'client';
    constructor(e) {
      super({ name: 'InvalidExportTimeException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  Xc = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#PointInTimeRecoveryUnavailableException';
    name = 'PointInTimeRecoveryUnavailableException';
    $fault = 'client';
    constructor(e) {
      super({ name: 'PointInTimeRecoveryUnavailableException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  Jc = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#ImportConflictException';
    name = 'ImportConflictException';
    $fault = 'client';
    constructor(e) {
      super({ name: 'ImportConflictException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  Qc = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#TableAlreadyExistsException';
    name = 'TableAlreadyExistsException';
    $fault = 'client';
    constructor(e) {
      super({ name: 'TableAlreadyExistsException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  Zc = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#InvalidRestoreTimeException';
    name = 'InvalidRestoreTimeException';
    $fault = 'client';
    constructor(e) {
      super({ name: 'InvalidRestoreTimeException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  eu = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#ReplicaAlreadyExistsException';
    name = 'ReplicaAlreadyExistsException';
    $fault = 'client';
    constructor(e) {
      super({ name: 'ReplicaAlreadyExistsException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  tu = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#ReplicaNotFoundException';
    name = 'ReplicaNotFoundException';
    $fault = 'client';
    constructor(e) {
      super({ name: 'ReplicaNotFoundException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  ru = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#IndexNotFoundException';
    name = 'IndexNotFoundException';
    $fault = 'client';
    constructor(e) {
      super({ name: 'IndexNotFoundException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  ou = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#ConditionalCheckFailedException';
    name = 'ConditionalCheckFailedException';
    $fault = 'client';
    Item;
    constructor(e) {
      super({ name: 'ConditionalCheckFailedException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype),
        (this.Item = e.Item);
    }
  },
  nu = class t extends P {
    static shapeId = 'com.amazonaws.dynamodb#TransactionCanceledException';
    name = 'TransactionCanceledException';
    $fault = 'client';
    Message;
    CancellationReasons;
    constructor(e) {
      super({ name: 'TransactionCanceledException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype),
        (this.Message = e.Message),
        (this.CancellationReasons = e.CancellationReasons);
    }
  };
var qN = 'Action';
var YN = 'AttributeMap';
var Am = 'AttributesToGet',
  wI = 'AttributeUpdates',
  XN = 'AttributeValue',
  bm = 'AttributeValueList',
  JN = 'AttributeValueUpdate',
  QN = 'Address',
  AI = 'Attributes';
var ZN = 'BatchGetItem',
  ek = 'BatchGetItemInput',
  tk = 'BatchGetItemOutput',
  rk = 'BatchGetResponseMap',
  ok = 'BatchGetRequestMap',
  nk = 'BackupInUseException';
var sk = 'BackupNotFoundException';
var ik = 'BOOL';
var ak = 'BS';
var ck = 'B',
  uk = 'Code';
var pk = 'ContinuousBackupsUnavailableException',
  gn = 'ConsumedCapacity',
  lk = 'ConditionalCheckFailedException',
  dk = 'ConsumedCapacityMultiple';
var bI = 'ConditionExpression';
var CI = 'ComparisonOperator',
  su = 'ConditionalOperator';
var mk = 'CachePeriodInMinutes',
  fk = 'CancellationReasons';
var hk = 'CancellationReasonList',
  gk = 'ConfirmRemoveSelfResourceAccess';
var Sk = 'CancellationReason',
  Cm = 'ConsistentRead';
var RI = 'CapacityUnits';
var yk = 'Capacity',
  Ek = 'Condition',
  vI = 'Count';
var xk = 'DescribeEndpoints';
var _k = 'DescribeEndpointsRequest',
  Tk = 'DescribeEndpointsResponse';
var Ik = 'DuplicateItemException';
var wk = 'ExpectedAttributeMap',
  ks = 'ExpressionAttributeNames',
  iu = 'ExpressionAttributeValues',
  Ak = 'ExpressionAttributeValueMap',
  bk = 'ExpectedAttributeValue';
var Ck = 'ExportConflictException';
var Rk = 'ExportNotFoundException';
var vk = 'ExpectedRevisionId';
var OI = 'ExclusiveStartKey';
var DI = 'Endpoints';
var Ok = 'Endpoint',
  PI = 'Expected',
  Dk = 'Exists';
var Pk = 'FilterConditionMap';
var NI = 'FilterExpression';
var Nk = 'GlobalSecondaryIndexes';
var kk = 'GlobalTableAlreadyExistsException';
var Lk = 'GlobalTableNotFoundException';
var Rm = 'Item';
var Mk = 'ImportConflictException',
  Uk = 'ItemCollectionKey',
  $k = 'ItemCollectionKeyAttributeMap',
  vm = 'ItemCollectionMetrics';
var Bk = 'ItemCollectionSizeLimitExceededException';
var Fk = 'InvalidEndpointException';
var Vk = 'InvalidExportTimeException';
var Hk = 'ItemList',
  kI = 'IndexName',
  Gk = 'ImportNotFoundException',
  Kk = 'IndexNotFoundException',
  zk = 'IdempotentParameterMismatchException';
var jk = 'InvalidRestoreTimeException';
var Wk = 'InternalServerError';
var LI = 'Items',
  MI = 'Key',
  qk = 'KeysAndAttributes',
  UI = 'KeyConditions',
  Yk = 'KeyConditionExpression';
var Xk = 'KeyList';
var Jk = 'Keys',
  $I = 'Limit',
  Qk = 'ListAttributeValue';
var Zk = 'LimitExceededException';
var BI = 'LastEvaluatedKey';
var eL = 'LocalSecondaryIndexes';
var tL = 'L',
  Ls = 'Message',
  rL = 'MapAttributeValue';
var oL = 'M',
  nL = 'N';
var sL = 'NS';
var iL = 'NULL';
var Om = 'ProjectionExpression',
  aL = 'PutItem';
var cL = 'PutItemInput',
  uL = 'PutItemInputAttributeMap',
  pL = 'PutItemOutput';
var lL = 'PointInTimeRecoveryUnavailableException';
var dL = 'PolicyNotFoundException';
var mL = 'PutResourcePolicyInput';
var fL = 'ProvisionedThroughputExceededException';
var hL = 'Policy';
var gL = 'Query',
  SL = 'QueryFilter',
  yL = 'QueryInput',
  EL = 'QueryOutput',
  xL = 'Responses',
  _L = 'ResourceArn',
  TL = 'ReplicaAlreadyExistsException';
var Ms = 'ReturnConsumedCapacity',
  FI = 'ReadCapacityUnits';
var IL = 'RequestItems',
  VI = 'ReturnItemCollectionMetrics';
var wL = 'ResourceInUseException';
var AL = 'RequestLimitExceeded';
var bL = 'ReplicaNotFoundException',
  CL = 'ResourceNotFoundException';
var HI = 'ReturnValues',
  GI = 'ReturnValuesOnConditionCheckFailure',
  RL = 'ReplicatedWriteConflictException';
var KI = 'ScannedCount';
var vL = 'SizeEstimateRangeGB',
  OL = 'ScanFilter',
  DL = 'ScanInput';
var PL = 'SecondaryIndexesCapacityMap',
  NL = 'ScanIndexForward';
var kL = 'ScanOutput';
var LL = 'SS';
var ML = 'S';
var UL = 'Scan',
  zI = 'Select',
  $L = 'Segment';
var BL = 'Table';
var FL = 'TableAlreadyExistsException';
var VL = 'TransactionCanceledException',
  HL = 'TransactionConflictException';
var GL = 'ThrottlingException';
var KL = 'TransactionInProgressException',
  zL = 'TableInUseException';
var Us = 'TableName',
  jL = 'TableNotFoundException';
var jI = 'ThrottlingReasons';
var WL = 'ThrottlingReasonList';
var qL = 'ThrottlingReason';
var YL = 'TotalSegments';
var XL = 'UpdateExpression';
var JL = 'UpdateItemInput',
  QL = 'UpdateItemOutput',
  ZL = 'UpdateItem',
  eM = 'UnprocessedKeys';
var WI = 'Value';
var tM = 'VectorCapacity',
  rM = 'VectorIndexes';
var oM = 'VectorIndexesCapacityMap';
var nM = 'VectorSearchRequestBytes',
  sM = 'VectorWriteRequestBytes',
  qI = 'WriteCapacityUnits';
var iM = 'awsQueryError',
  V = 'client',
  U = 'error',
  YI = 'httpError',
  aM = 'httpHeader',
  K = 'message',
  cM = 'reason',
  uM = 'resource',
  XI = 'smithy.ts.sdk.synthetic.com.amazonaws.dynamodb',
  pM = 'server',
  lM = 'throttlingReasons',
  dM = 'x-amz-confirm-remove-self-resource-access',
  x = 'com.amazonaws.dynamodb',
  JI = new Q(XI),
  mM = [-3, XI, 'DynamoDBServiceException', 0, [], []];
JI.registerError(mM, P);
var M = new Q(x),
  fM = [-3, x, nk, { [U]: V }, [K], [0]];
M.registerError(fM, wc);
var hM = [-3, x, sk, { [U]: V }, [K], [0]];
M.registerError(hM, Ac);
var gM = [-3, x, lk, { [U]: V }, [K, Rm], [0, () => Bs]];
M.registerError(gM, ou);
var SM = [-3, x, pk, { [U]: V }, [K], [0]];
M.registerError(SM, kc);
var yM = [-3, x, Ik, { [U]: V }, [K], [0]];
M.registerError(yM, zc);
var EM = [-3, x, Ck, { [U]: V }, [K], [0]];
M.registerError(EM, qc);
var xM = [-3, x, Rk, { [U]: V }, [K], [0]];
M.registerError(xM, Hc);
var _M = [-3, x, kk, { [U]: V }, [K], [0]];
M.registerError(_M, $c);
var TM = [-3, x, Lk, { [U]: V }, [K], [0]];
M.registerError(TM, Gc);
var IM = [-3, x, zk, { [U]: V }, [Ls], [0]];
M.registerError(IM, jc);
var wM = [-3, x, Mk, { [U]: V }, [K], [0]];
M.registerError(wM, Jc);
var AM = [-3, x, Gk, { [U]: V }, [K], [0]];
M.registerError(AM, Kc);
var bM = [-3, x, Kk, { [U]: V }, [K], [0]];
M.registerError(bM, ru);
var CM = [-3, x, Wk, { [U]: pM }, [K], [0]];
M.registerError(CM, bc);
var RM = [-3, x, Fk, { [U]: V, [YI]: 421 }, [Ls], [0]];
M.registerError(RM, vc);
var vM = [-3, x, Vk, { [U]: V }, [K], [0]];
M.registerError(vM, Yc);
var OM = [-3, x, jk, { [U]: V }, [K], [0]];
M.registerError(OM, Zc);
var DM = [-3, x, Bk, { [U]: V }, [K], [0]];
M.registerError(DM, Pc);
var PM = [-3, x, Zk, { [U]: V }, [K], [0]];
M.registerError(PM, Lc);
var NM = [-3, x, lL, { [U]: V }, [K], [0]];
M.registerError(NM, Xc);
var kM = [-3, x, dL, { [U]: V }, [K], [0]];
M.registerError(kM, Vc);
var LM = [-3, x, fL, { [U]: V }, [K, jI], [0, () => Pm]];
M.registerError(LM, Oc);
var MM = [-3, x, TL, { [U]: V }, [K], [0]];
M.registerError(MM, eu);
var UM = [-3, x, bL, { [U]: V }, [K], [0]];
M.registerError(UM, tu);
var $M = [-3, x, RL, { [U]: V }, [K], [0]];
M.registerError($M, Nc);
var BM = [-3, x, AL, { [U]: V }, [K, jI], [0, () => Pm]];
M.registerError(BM, Cc);
var FM = [-3, x, wL, { [U]: V }, [K], [0]];
M.registerError(FM, Bc);
var VM = [-3, x, CL, { [U]: V }, [K], [0]];
M.registerError(VM, Dc);
var HM = [-3, x, FL, { [U]: V }, [K], [0]];
M.registerError(HM, Qc);
var GM = [-3, x, zL, { [U]: V }, [K], [0]];
M.registerError(GM, Mc);
var KM = [-3, x, jL, { [U]: V }, [K], [0]];
M.registerError(KM, Uc);
var zM = [-3, x, GL, { [iM]: ['Throttling', 400], [U]: V, [YI]: 400 }, [K, lM], [0, () => Pm]];
M.registerError(zM, Rc);
var jM = [-3, x, VL, { [U]: V }, [Ls, fk], [0, () => f1]];
M.registerError(jM, nu);
var WM = [-3, x, HL, { [U]: V }, [K], [0]];
M.registerError(WM, Fc);
var qM = [-3, x, KL, { [U]: V }, [Ls], [0]];
M.registerError(qM, Wc);
var QI = [JI, M];
var YM = [3, x, JN, 0, [WI, qN], [() => Ir, 0]];
var XM = [3, x, ek, 0, [IL, Ms], [() => ow, 0], 1],
  JM = [3, x, tk, 0, [xL, eM, gn], [() => x1, () => ow, () => h1]];
var QM = [3, x, Sk, 0, [Rm, uk, Ls], [() => Bs, 0, 0]],
  ZI = [3, x, yk, 0, [FI, qI, RI], [1, 1, 1]],
  ew = [3, x, Ek, 0, [CI, bm], [0, () => rw], 1];
var $s = [
  3,
  x,
  gn,
  0,
  [Us, RI, FI, qI, BL, eL, Nk, rM],
  [0, 1, 1, 1, () => ZI, () => II, () => II, () => A1],
];
var ZM = [3, x, _k, 0, [], []],
  e1 = [3, x, Tk, 0, [DI], [() => g1], 1];
var t1 = [3, x, Ok, 0, [QN, mk], [0, 1], 2];
var r1 = [3, x, bk, 0, [WI, Dk, CI, bm], [() => Ir, 2, 0, () => rw]];
var tw = [3, x, vm, 0, [Uk, vL], [() => _1, 65]];
var o1 = [3, x, qk, 0, [Jk, Am, Cm, Om, ks], [() => S1, 64, 2, 0, 128], 1];
var n1 = [
    3,
    x,
    cL,
    0,
    [Us, Rm, PI, HI, Ms, VI, su, bI, ks, iu, GI],
    [0, () => w1, () => nw, 0, 0, 0, 0, 0, 128, () => au, 0],
    2,
  ],
  s1 = [3, x, pL, 0, [AI, gn, vm], [() => Bs, () => $s, () => tw]];
var mX = [3, x, mL, 0, [_L, hL, vk, gk], [0, 0, 0, [2, { [aM]: dM }]], 2];
var i1 = [
    3,
    x,
    yL,
    0,
    [Us, kI, zI, Am, $I, Cm, UI, SL, su, NL, OI, Ms, Om, NI, Yk, ks, iu],
    [0, 0, 0, 64, 1, 2, () => T1, () => sw, 0, 2, () => Sn, 0, 0, 0, 0, 128, () => au],
    1,
  ],
  a1 = [3, x, EL, 0, [LI, vI, KI, BI, gn], [() => Dm, 1, 1, () => Sn, () => $s]];
var c1 = [
    3,
    x,
    DL,
    0,
    [Us, kI, Am, $I, zI, OL, su, OI, Ms, YL, $L, Om, NI, ks, iu, Cm],
    [0, 0, 64, 1, 0, () => sw, 0, () => Sn, 0, 1, 1, 0, 0, 128, () => au, 2],
    1,
  ],
  u1 = [3, x, kL, 0, [LI, vI, KI, BI, gn], [() => Dm, 1, 1, () => Sn, () => $s]];
var p1 = [3, x, qL, 0, [cM, uM], [0, 0]];
var l1 = [
    3,
    x,
    JL,
    0,
    [Us, MI, wI, PI, su, HI, Ms, VI, XL, bI, ks, iu, GI],
    [0, () => Sn, () => E1, () => nw, 0, 0, 0, 0, 0, 0, 128, () => au, 0],
    2,
  ],
  d1 = [3, x, QL, 0, [AI, gn, vm], [() => Bs, () => $s, () => tw]];
var m1 = [3, x, tM, 0, [nM, sM], [1, 1]];
var rw = [1, x, bm, 0, () => Ir];
var f1 = [1, x, hk, 0, () => QM],
  h1 = [1, x, dk, 0, () => $s];
var g1 = [1, x, DI, 0, () => t1];
var Dm = [1, x, Hk, 0, () => Bs];
var S1 = [1, x, Xk, 0, () => Sn];
var y1 = [1, x, Qk, 0, () => Ir];
var Pm = [1, x, WL, 0, () => p1];
var Bs = [2, x, YN, 0, 0, () => Ir],
  E1 = [2, x, wI, 0, 0, () => YM],
  ow = [2, x, ok, 0, 0, () => o1],
  x1 = [2, x, rk, 0, 0, () => Dm];
var nw = [2, x, wk, 0, 0, () => r1];
var au = [2, x, Ak, 0, 0, () => Ir],
  sw = [2, x, Pk, 0, 0, () => ew],
  _1 = [2, x, $k, 0, 0, () => Ir];
var Sn = [2, x, MI, 0, 0, () => Ir],
  T1 = [2, x, UI, 0, 0, () => ew],
  I1 = [2, x, rL, 0, 0, () => Ir],
  w1 = [2, x, uL, 0, 0, () => Ir];
var II = [2, x, PL, 0, 0, () => ZI];
var A1 = [2, x, oM, 0, 0, () => m1],
  Ir = [
    4,
    x,
    XN,
    0,
    [ML, nL, ck, LL, sL, ak, oL, tL, iL, ik],
    [0, 0, 21, 64, 64, 85, () => I1, () => y1, 2, 2],
  ];
var iw = [9, x, ZN, 0, () => XM, () => JM];
var aw = [9, x, xk, 0, () => ZM, () => e1];
var cw = [9, x, aL, 0, () => n1, () => s1];
var uw = [9, x, gL, 0, () => i1, () => a1];
var pw = [9, x, UL, 0, () => c1, () => u1];
var lw = [9, x, ZL, 0, () => l1, () => d1];
var cu = class extends Et(_I, xt, 'DescribeEndpoints', aw) {};
var dw = {
  name: '@aws-sdk/client-dynamodb',
  version: '3.1169.0',
  description: 'AWS SDK for JavaScript Dynamodb Client for Node.js, Browser and React Native',
  homepage: 'https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-dynamodb',
  license: 'Apache-2.0',
  author: {
    name: 'AWS SDK for JavaScript Team',
    url: 'https://aws.amazon.com/sdk-for-javascript/',
  },
  repository: {
    type: 'git',
    url: 'https://github.com/aws/aws-sdk-js-v3.git',
    directory: 'clients/client-dynamodb',
  },
  files: ['dist-*/**'],
  sideEffects: !1,
  main: './dist-cjs/index.js',
  module: './dist-es/index.js',
  browser: { './dist-es/runtimeConfig': './dist-es/runtimeConfig.browser' },
  types: './dist-types/index.d.ts',
  typesVersions: { '<4.5': { 'dist-types/*': ['dist-types/ts3.4/*'] } },
  'react-native': { './dist-es/runtimeConfig': './dist-es/runtimeConfig.native' },
  scripts: {
    build: "concurrently 'yarn:build:types' 'yarn:build:es' && yarn build:cjs",
    'build:cjs': 'node ../../scripts/compilation/inline',
    'build:es': 'premove dist-es && tsc -p tsconfig.es.json',
    'build:include:deps': 'yarn g:turbo run build -F="$npm_package_name"',
    'build:types': 'premove dist-types && tsc -p tsconfig.types.json',
    'build:types:downlevel': 'downlevel-dts dist-types dist-types/ts3.4',
    clean: 'premove dist-cjs dist-es dist-types',
    'extract:docs': 'api-extractor run --local',
    'generate:client': 'node ../../scripts/generate-clients/single-service',
    test: 'yarn g:vitest run --passWithNoTests',
    'test:watch': 'yarn g:vitest watch --passWithNoTests',
    'test:integration': 'yarn g:vitest run --passWithNoTests -c vitest.config.integ.mts',
    'test:integration:watch': 'yarn g:vitest watch --passWithNoTests -c vitest.config.integ.mts',
    'test:e2e': 'yarn g:vitest run -c vitest.config.e2e.mts',
    'test:e2e:watch': 'yarn g:vitest watch -c vitest.config.e2e.mts',
    'test:index': 'tsc -p tsconfig.test.json && node ./test/index-objects.spec.mjs',
  },
  dependencies: {
    '@aws-sdk/core': '^3.981.0',
    '@aws-sdk/credential-provider-node': '^3.972.97',
    '@aws-sdk/dynamodb-codec': '^3.973.58',
    '@aws-sdk/middleware-endpoint-discovery': '^3.972.39',
    '@aws-sdk/types': '^3.975.1',
    '@smithy/core': '^3.40.0',
    '@smithy/fetch-http-handler': '^5.8.1',
    '@smithy/node-http-handler': '^4.14.2',
    '@smithy/types': '^4.20.0',
    tslib: '^2.6.2',
  },
  devDependencies: {
    '@smithy/snapshot-testing': '^2.4.0',
    '@tsconfig/node20': '20.1.8',
    '@types/node': '^20.14.8',
    concurrently: '7.0.0',
    'downlevel-dts': '0.10.1',
    premove: '4.0.0',
    typescript: '~7.0.2',
    vitest: '^4.0.17',
  },
  engines: { node: '>=20.0.0' },
};
k();
Oe();
Um();
D();
D();
var pA = 'AWS_EC2_METADATA_DISABLED',
  lA = async (t) => {
    const {
      ENV_CMDS_FULL_URI: e,
      ENV_CMDS_RELATIVE_URI: r,
      fromContainerMetadata: o,
      fromInstanceMetadata: n,
    } = await Promise.resolve().then(() => (yu(), Su));
    if (process.env[r] || process.env[e]) {
      t.logger?.debug(
        '@aws-sdk/credential-provider-node - remoteProvider::fromHttp/fromContainerMetadata',
      );
      const { fromHttp: s } = await Promise.resolve().then(() => (qm(), Wm));
      return wo(s(t), o(t));
    }
    return process.env[pA] && process.env[pA] !== 'false'
      ? async () => {
          throw new _('EC2 Instance Metadata Service access disabled', { logger: t.logger });
        }
      : (t.logger?.debug(
          '@aws-sdk/credential-provider-node - remoteProvider::fromInstanceMetadata',
        ),
        n(t));
  };
function dA(t, e) {
  let r = oU(t),
    o,
    n,
    s,
    i,
    a = async (c) => {
      if (c?.forceRefresh)
        return (
          i ||
            (i = r(c)
              .then((p) => {
                s = p;
              })
              .finally(() => {
                i = void 0;
              })),
          await i,
          s
        );
      if ((s?.expiration && s?.expiration?.getTime() < Date.now() && (s = void 0), o)) await o;
      else if (!s || e?.(s))
        if (s)
          n ||
            (n = r(c)
              .then((p) => {
                s = p;
              })
              .catch(() => {})
              .finally(() => {
                n = void 0;
              }));
        else
          return (
            (o = r(c)
              .then((p) => {
                s = p;
              })
              .finally(() => {
                o = void 0;
              })),
            a(c)
          );
      return s;
    };
  return a;
}
var oU = (t) => async (e) => {
  let r;
  for (const o of t)
    try {
      return await o(e);
    } catch (n) {
      if (((r = n), n?.tryNextLink)) continue;
      throw n;
    }
  throw r;
};
var Nv = !1,
  _h = (t = {}) =>
    dA(
      [
        async () => {
          if (t.profile ?? process.env[ma])
            throw (
              process.env[Fs] &&
                process.env[Vs] &&
                (Nv ||
                  ((t.logger?.warn && t.logger?.constructor?.name !== 'NoOpLogger'
                    ? t.logger.warn.bind(t.logger)
                    : console.warn)(`@aws-sdk/credential-provider-node - defaultProvider::fromEnv WARNING:
    Multiple credential sources detected: 
    Both AWS_PROFILE and the pair AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY static credentials are set.
    This SDK will proceed with the AWS_PROFILE value.
    
    However, a future version may change this behavior to prefer the ENV static credentials.
    Please ensure that your environment only sets either the AWS_PROFILE or the
    AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY pair.
`),
                  (Nv = !0))),
              new _('AWS_PROFILE is set, skipping fromEnv provider.', {
                logger: t.logger,
                tryNextLink: !0,
              })
            );
          return (
            t.logger?.debug('@aws-sdk/credential-provider-node - defaultProvider::fromEnv'), uu(t)()
          );
        },
        async (e) => {
          t.logger?.debug('@aws-sdk/credential-provider-node - defaultProvider::fromSSO');
          const {
            ssoStartUrl: r,
            ssoAccountId: o,
            ssoRegion: n,
            ssoRoleName: s,
            ssoSession: i,
          } = t;
          if (!r && !o && !n && !s && !i)
            throw new _(
              'Skipping SSO provider in default chain (inputs do not include SSO fields).',
              { logger: t.logger },
            );
          const { fromSSO: a } = await Promise.resolve().then(() => (bf(), Af));
          return a(t)(e);
        },
        async (e) => {
          t.logger?.debug('@aws-sdk/credential-provider-node - defaultProvider::fromIni');
          const { fromIni: r } = await Promise.resolve().then(() => (Pv(), Dv));
          return r(t)(e);
        },
        async (e) => {
          t.logger?.debug('@aws-sdk/credential-provider-node - defaultProvider::fromProcess');
          const { fromProcess: r } = await Promise.resolve().then(() => (fh(), mh));
          return r(t)(e);
        },
        async (e) => {
          t.logger?.debug('@aws-sdk/credential-provider-node - defaultProvider::fromTokenFile');
          const { fromTokenFile: r } = await Promise.resolve().then(() => (Eh(), yh));
          return r(t)(e);
        },
        async () => (
          t.logger?.debug('@aws-sdk/credential-provider-node - defaultProvider::remoteProvider'),
          (await lA(t))()
        ),
        async () => {
          throw new _('Could not load credentials from any providers', {
            tryNextLink: !1,
            logger: t.logger,
          });
        },
      ],
      kv,
    );
var kv = (t) => t?.expiration !== void 0 && t.expiration.getTime() - Date.now() < 3e5;
b();
D();
gt();
R();
$o();
Oe();
Bo();
Bo();
X();
R();
var Lv = 'com.amazonaws.dynamodb#AttributeValue',
  Th = class extends Jr {
    writeValue(e, r, o) {
      if (r != null && typeof r == 'object') {
        const n = O.of(e);
        if (n.isStructSchema() && n.getName(!0) === Lv) {
          this.writeAttributeValue(r);
          return;
        }
      }
      super.writeValue(e, r, o);
    }
    writeAttributeValue(e) {
      const r = this.serdeContext?.base64Encoder ?? ue;
      this.writeAscii('{');
      let o = !0;
      for (const n in e) {
        const s = e[n];
        if (s != null)
          switch (
            (o || this.writeAscii(','), (o = !1), this.writeAsciiQuoted(n), this.writeAscii(':'), n)
          ) {
            case 'B':
              s instanceof Uint8Array ? this.writeBase64(s) : this.writeJsonString(s);
              break;
            case 'BS':
              this.writeAscii('[');
              {
                const i = s;
                for (let a = 0; a < i.length; a++) {
                  a > 0 && this.writeAscii(',');
                  const c = i[a];
                  c instanceof Uint8Array ? this.writeBase64(c) : this.writeJsonString(r(c));
                }
              }
              this.writeAscii(']');
              break;
            case 'L':
              this.writeAscii('[');
              {
                const i = s;
                for (let a = 0; a < i.length; a++)
                  a > 0 && this.writeAscii(','),
                    i[a] != null ? this.writeAttributeValue(i[a]) : this.writeAscii('null');
              }
              this.writeAscii(']');
              break;
            case 'M':
              this.writeAscii('{');
              {
                let i = s,
                  a = !0;
                for (const c in i)
                  i[c] != null &&
                    (a || this.writeAscii(','),
                    (a = !1),
                    this.writeJsonString(c),
                    this.writeAscii(':'),
                    this.writeAttributeValue(i[c]));
              }
              this.writeAscii('}');
              break;
            case 'SS':
            case 'NS':
              this.writeAscii('[');
              {
                const i = s;
                for (let a = 0; a < i.length; a++)
                  a > 0 && this.writeAscii(','), this.writeJsonString(i[a]);
              }
              this.writeAscii(']');
              break;
            case 'S':
            case 'N':
              this.writeJsonString(s);
              break;
            case 'BOOL':
              this.writeAscii(s ? 'true' : 'false');
              break;
            case 'NULL':
              this.writeAscii(s ? 'true' : 'false');
              break;
            default:
              this.writeAscii(JSON.stringify(s));
              break;
          }
      }
      this.writeAscii('}');
    }
  },
  Ih = class extends Xr {
    _read(e, r) {
      const o = O.of(e);
      return o.isStructSchema() && o.getName(!0) === Lv && r && typeof r == 'object'
        ? this.readAttributeValue(r)
        : super._read(o, r);
    }
    readAttributeValue(e) {
      const r = this.serdeContext?.base64Decoder ?? de,
        o = e;
      if (
        (typeof e.B == 'string' && (o.B = r(e.B)),
        Array.isArray(e.BS) && (o.BS = e.BS.map(r)),
        Array.isArray(e.L) && (o.L = e.L.map((n) => this.readAttributeValue(n))),
        e.M && typeof e.M == 'object')
      ) {
        const n = e.M;
        for (const s in n) n[s] = this.readAttributeValue(n[s]);
      }
      return o;
    }
  },
  Pi = class extends Er {
    constructor() {
      super({ timestampFormat: { useTrait: !0, default: 7 }, jsonName: !1 });
    }
    createSerializer() {
      const e = new Th(this.settings);
      return (e.setSerdeContext(this.serdeContext), e);
    }
    createDeserializer() {
      const e = new Ih(this.settings);
      return (e.setSerdeContext(this.serdeContext), e);
    }
  };
jr();
b();
N();
R();
k();
ee();
ee();
var Ke = 'ref',
  cr = 'argv',
  Je = -1,
  Ni = !0,
  On = !1,
  Dn = 'isSet',
  ki = 'booleanEquals',
  rO = 'PartitionResult',
  Ge = 'stringEquals',
  ur = 'getAttr',
  oO = 'parsedEndpoint',
  Mv = 'aws.parseArn',
  Uv = (t) => 'ParsedArn_ssa_' + t,
  $v = 'service',
  wh = 'dynamodb',
  Li = 'isValidHostLabel',
  Bv = 'accountId',
  Fv = 'FirstArn',
  Vv = (t) =>
    'https://{ParsedArn_ssa_' +
    t +
    '#accountId}.search-ddb.{Region}.{PartitionResult#dualStackDnsSuffix}',
  Hv = (t) =>
    'https://{ParsedArn_ssa_' + t + '#accountId}.ddb.{Region}.{PartitionResult#dualStackDnsSuffix}',
  Gv = (t) =>
    'https://{ParsedArn_ssa_' + t + '#accountId}.search-ddb.{Region}.{PartitionResult#dnsSuffix}',
  Kv = (t) =>
    'https://{ParsedArn_ssa_' + t + '#accountId}.ddb.{Region}.{PartitionResult#dnsSuffix}',
  Eo = { [Ke]: 'Region' },
  bh = { [Ke]: rO },
  zv = { fn: ur, [cr]: [{ [Ke]: oO }, 'authority'] },
  Ah = { [Ke]: 'AccountIdEndpointMode' },
  jv = { fn: ur, [cr]: [bh, 'name'] },
  Ch = { [Ke]: 'ParsedArn_ssa_2' },
  Wv = { fn: ur, [cr]: [Ch, 'region'] },
  qv = { [Ke]: 'ResourceArnList' },
  Yv = { fn: ur, [cr]: [{ [Ke]: 'ParsedArn_ssa_1' }, 'region'] },
  Xv = { [Ke]: 'ParsedArn_ssa_1' },
  Jv = { [Ke]: 'AccountId' },
  Ur = {},
  It = { metricValues: ['O'] },
  Qv = [Eo],
  Zv = [{ [Ke]: 'Endpoint' }],
  eO = [{ [Ke]: 'ResourceArn' }],
  tO = {
    conditions: [
      [Dn, Qv],
      [Dn, Zv],
      [ki, [{ [Ke]: 'UseFIPS' }, Ni]],
      [ki, [{ [Ke]: 'UseDualStack' }, Ni]],
      ['aws.partition', Qv, rO],
      [Ge, [Eo, 'local']],
      [ki, [{ fn: ur, [cr]: [bh, 'supportsFIPS'] }, Ni]],
      ['parseURL', Zv, oO],
      [Ge, ['dynamodb.{Region}.{PartitionResult#dualStackDnsSuffix}', zv]],
      [ki, [{ fn: ur, [cr]: [bh, 'supportsDualStack'] }, Ni]],
      [Ge, ['search-dynamodb.{Region}.{PartitionResult#dualStackDnsSuffix}', zv]],
      [Dn, [Ah]],
      [Ge, [Eo, 'us-gov-east-1']],
      [Ge, [Eo, 'cn-north-1']],
      [Ge, [Eo, 'cn-northwest-1']],
      [Ge, [Eo, 'us-gov-west-1']],
      [Ge, [jv, 'aws']],
      [Ge, [Ah, 'disabled']],
      [Dn, eO],
      [Mv, eO, Uv(2)],
      [Ge, [{ fn: ur, [cr]: [Ch, $v] }, wh]],
      [Ge, [Wv, Eo]],
      [Li, [{ fn: ur, [cr]: [Ch, Bv] }, On]],
      [Li, [Wv, On]],
      [Dn, [qv]],
      [ur, [qv, '[0]'], Fv],
      [Mv, [{ [Ke]: Fv }], Uv(1)],
      [Ge, [Yv, Eo]],
      [Ge, [{ fn: ur, [cr]: [Xv, $v] }, wh]],
      [Li, [{ fn: ur, [cr]: [Xv, Bv] }, On]],
      [Li, [Yv, On]],
      [Dn, [Jv]],
      [Ge, [Ah, 'required']],
      [Li, [Jv, On]],
      [Ge, [jv, 'aws-us-gov']],
      [ki, [{ fn: 'coalesce', [cr]: [{ [Ke]: 'IsSearchOperation' }, On] }, Ni]],
    ],
    results: [
      [Je],
      [Je, 'Invalid Configuration: FIPS and custom endpoint are not supported'],
      [Je, 'Invalid Configuration: Dualstack and custom endpoint are not supported'],
      [
        Je,
        'Endpoint override is not supported for dual-stack endpoints. Please enable dual-stack functionality by enabling the configuration. For more details, see: https://docs.aws.amazon.com/sdkref/latest/guide/feature-endpoints.html',
      ],
      ['{Endpoint}', Ur],
      [Je, 'Invalid Configuration: FIPS and local endpoint are not supported'],
      [Je, 'Invalid Configuration: Dualstack and local endpoint are not supported'],
      [
        'http://localhost:8000',
        { authSchemes: [{ name: 'sigv4', signingName: wh, signingRegion: 'us-east-1' }] },
      ],
      [
        Je,
        'Invalid Configuration: AccountIdEndpointMode is required and FIPS is enabled, but FIPS account endpoints are not supported',
      ],
      ['https://search-dynamodb-fips.{Region}.{PartitionResult#dualStackDnsSuffix}', Ur],
      ['https://dynamodb-fips.{Region}.{PartitionResult#dualStackDnsSuffix}', Ur],
      [Je, 'FIPS and DualStack are enabled, but this partition does not support one or both'],
      ['https://search-dynamodb.{Region}.{PartitionResult#dnsSuffix}', Ur],
      ['https://dynamodb.{Region}.{PartitionResult#dnsSuffix}', Ur],
      ['https://search-dynamodb-fips.{Region}.{PartitionResult#dnsSuffix}', Ur],
      ['https://dynamodb-fips.{Region}.{PartitionResult#dnsSuffix}', Ur],
      [Je, 'FIPS is enabled but this partition does not support FIPS'],
      [
        Je,
        'Invalid Configuration: AccountIdEndpointMode is required but account endpoints are not supported in this region',
      ],
      ['https://search-dynamodb.{Region}.{PartitionResult#dualStackDnsSuffix}', Ur],
      ['https://dynamodb.{Region}.{PartitionResult#dualStackDnsSuffix}', Ur],
      [Vv(2), It],
      [Hv(2), It],
      [Vv(1), It],
      [Hv(1), It],
      ['https://{AccountId}.search-ddb.{Region}.{PartitionResult#dualStackDnsSuffix}', It],
      ['https://{AccountId}.ddb.{Region}.{PartitionResult#dualStackDnsSuffix}', It],
      [Je, 'Credentials-sourced account ID parameter is invalid'],
      [Je, 'AccountIdEndpointMode is required but no AccountID was provided or able to be loaded'],
      [Je, 'DualStack is enabled but this partition does not support DualStack'],
      [Gv(2), It],
      [Kv(2), It],
      [Gv(1), It],
      [Kv(1), It],
      ['https://{AccountId}.search-ddb.{Region}.{PartitionResult#dnsSuffix}', It],
      ['https://{AccountId}.ddb.{Region}.{PartitionResult#dnsSuffix}', It],
      [Je, 'Invalid Configuration: Missing Region'],
    ],
  },
  YF = 2,
  C = 1e8,
  XF = new Int32Array([
    -1,
    1,
    -1,
    0,
    6,
    3,
    1,
    4,
    C + 35,
    2,
    C + 1,
    5,
    3,
    C + 2,
    C + 4,
    1,
    85,
    7,
    2,
    69,
    8,
    3,
    38,
    9,
    4,
    10,
    C + 35,
    5,
    C + 7,
    11,
    11,
    12,
    77,
    12,
    18,
    13,
    13,
    18,
    14,
    14,
    18,
    15,
    15,
    18,
    16,
    16,
    18,
    17,
    32,
    C + 17,
    77,
    17,
    37,
    19,
    18,
    20,
    25,
    19,
    21,
    25,
    20,
    22,
    25,
    21,
    23,
    25,
    22,
    24,
    25,
    23,
    36,
    25,
    24,
    26,
    32,
    25,
    27,
    32,
    26,
    28,
    32,
    27,
    29,
    32,
    28,
    30,
    32,
    29,
    31,
    32,
    30,
    35,
    32,
    31,
    33,
    37,
    33,
    34,
    C + 26,
    35,
    C + 33,
    C + 34,
    35,
    C + 31,
    C + 32,
    35,
    C + 29,
    C + 30,
    32,
    C + 27,
    77,
    4,
    39,
    C + 35,
    5,
    C + 6,
    40,
    9,
    41,
    C + 28,
    11,
    42,
    68,
    12,
    48,
    43,
    13,
    48,
    44,
    14,
    48,
    45,
    15,
    48,
    46,
    16,
    48,
    47,
    32,
    C + 17,
    68,
    17,
    67,
    49,
    18,
    50,
    55,
    19,
    51,
    55,
    20,
    52,
    55,
    21,
    53,
    55,
    22,
    54,
    55,
    23,
    66,
    55,
    24,
    56,
    62,
    25,
    57,
    62,
    26,
    58,
    62,
    27,
    59,
    62,
    28,
    60,
    62,
    29,
    61,
    62,
    30,
    65,
    62,
    31,
    63,
    67,
    33,
    64,
    C + 26,
    35,
    C + 24,
    C + 25,
    35,
    C + 22,
    C + 23,
    35,
    C + 20,
    C + 21,
    32,
    C + 27,
    68,
    35,
    C + 18,
    C + 19,
    3,
    78,
    70,
    4,
    71,
    C + 35,
    5,
    C + 5,
    72,
    6,
    73,
    C + 16,
    11,
    74,
    75,
    32,
    C + 8,
    75,
    34,
    77,
    76,
    35,
    C + 14,
    C + 15,
    35,
    C + 12,
    C + 13,
    4,
    79,
    C + 35,
    5,
    C + 5,
    80,
    6,
    81,
    C + 11,
    9,
    82,
    C + 11,
    11,
    83,
    84,
    32,
    C + 8,
    84,
    35,
    C + 9,
    C + 10,
    2,
    C + 1,
    86,
    3,
    C + 2,
    87,
    4,
    88,
    C + 4,
    7,
    89,
    C + 4,
    8,
    C + 3,
    90,
    10,
    C + 3,
    C + 4,
  ]),
  nO = it.from(XF, YF, tO.conditions, tO.results);
var JF = new at({
    size: 50,
    params: [
      'AccountId',
      'AccountIdEndpointMode',
      'Endpoint',
      'IsSearchOperation',
      'Region',
      'ResourceArn',
      'ResourceArnList',
      'UseDualStack',
      'UseFIPS',
    ],
  }),
  sO = (t, e = {}) => JF.get(t, () => Vt(nO, { endpointParams: t, logger: e.logger }));
Be.aws = St;
var iO = (t) => ({
  apiVersion: '2012-08-10',
  base64Decoder: t?.base64Decoder ?? de,
  base64Encoder: t?.base64Encoder ?? ue,
  disableHostPrefix: t?.disableHostPrefix ?? !1,
  endpointProvider: t?.endpointProvider ?? sO,
  extensions: t?.extensions ?? [],
  httpAuthSchemeProvider: t?.httpAuthSchemeProvider ?? SI,
  httpAuthSchemes: t?.httpAuthSchemes ?? [
    {
      schemeId: 'aws.auth#sigv4',
      identityProvider: (e) => e.getIdentityProvider('aws.auth#sigv4'),
      signer: new ge(),
    },
  ],
  logger: t?.logger ?? new Ee(),
  protocol: t?.protocol ?? js,
  protocolSettings: t?.protocolSettings ?? {
    defaultNamespace: 'com.amazonaws.dynamodb',
    errorTypeRegistries: QI,
    xmlNamespace: 'http://dynamodb.amazonaws.com/doc/2012-08-10/',
    version: '2012-08-10',
    serviceTarget: 'DynamoDB_20120810',
    jsonCodec: new Pi(),
  },
  serviceId: t?.serviceId ?? 'DynamoDB',
  sha256: t?.sha256 ?? mt,
  urlParser: t?.urlParser ?? fe,
  utf8Decoder: t?.utf8Decoder ?? re,
  utf8Encoder: t?.utf8Encoder ?? Z,
});
var aO = (t) => {
  vt(process.version);
  const e = Ft(t),
    r = () => e().then(Rt),
    o = iO(t);
  Nt(process.version);
  const n = { profile: t?.profile, logger: o.logger };
  return {
    ...o,
    ...t,
    runtime: 'node',
    defaultsMode: e,
    accountIdEndpointMode: t?.accountIdEndpointMode ?? I(Wp, n),
    authSchemePreference: t?.authSchemePreference ?? I(yt, n),
    bodyLengthChecker: t?.bodyLengthChecker ?? Lt,
    credentialDefaultProvider: t?.credentialDefaultProvider ?? _h,
    defaultSocketTimeout: kt(t?.requestHandler, 3e5),
    defaultUserAgentProvider:
      t?.defaultUserAgentProvider ?? tr({ serviceId: o.serviceId, clientVersion: dw.version }),
    endpointDiscoveryEnabledProvider: t?.endpointDiscoveryEnabledProvider ?? I(nm, n),
    maxAttempts: t?.maxAttempts ?? I({ ...Jt, default: 4 }, t),
    region: t?.region ?? I($e, { ...st, ...n }),
    requestHandler: Ve.create(t?.requestHandler ?? r),
    retryMode: t?.retryMode ?? I({ ...Zt, default: async () => (await r()).retryMode || pt }, t),
    streamCollector: t?.streamCollector ?? We,
    useDualstackEndpoint: t?.useDualstackEndpoint ?? I(Ut, n),
    useFipsEndpoint: t?.useFipsEndpoint ?? I($t, n),
    userAgentAppId: t?.userAgentAppId ?? I(rr, n),
  };
};
k();
b();
N();
var cO = (t) => {
    let e = t.httpAuthSchemes,
      r = t.httpAuthSchemeProvider,
      o = t.credentials;
    return {
      setHttpAuthScheme(n) {
        const s = e.findIndex((i) => i.schemeId === n.schemeId);
        s === -1 ? e.push(n) : e.splice(s, 1, n);
      },
      httpAuthSchemes() {
        return e;
      },
      setHttpAuthSchemeProvider(n) {
        r = n;
      },
      httpAuthSchemeProvider() {
        return r;
      },
      setCredentials(n) {
        o = n;
      },
      credentials() {
        return o;
      },
    };
  },
  uO = (t) => ({
    httpAuthSchemes: t.httpAuthSchemes(),
    httpAuthSchemeProvider: t.httpAuthSchemeProvider(),
    credentials: t.credentials(),
  });
var pO = (t, e) => {
  const r = Object.assign(or(t), Ot(t), Ht(t), cO(t));
  return (e.forEach((o) => o.configure(r)), Object.assign(t, nr(r), Dt(r), Gt(r), uO(r)));
};
var Pn = class extends he {
  config;
  constructor(...[e]) {
    const r = aO(e || {});
    super(r), (this.initConfig = r);
    const o = EI(r),
      n = jp(o),
      s = Xt(n),
      i = Qt(s, { defaultBaseDelay: 25, defaultMaxAttempts: 4 }),
      a = Bt(i),
      c = a,
      p = hr(c),
      l = yI(p),
      d = um(l, { endpointDiscoveryCommandCtor: cu }),
      m = pO(d, e?.extensions || []);
    (this.config = m),
      this.middlewareStack.use(Ct(this.config)),
      this.middlewareStack.use(er(this.config)),
      this.middlewareStack.use(xr(this.config)),
      this.middlewareStack.use(Kt(this.config)),
      this.middlewareStack.use(jt(this.config)),
      this.middlewareStack.use(Wt(this.config)),
      this.middlewareStack.use(qt(this.config)),
      this.middlewareStack.use(
        ft(this.config, {
          httpAuthSchemeParametersProvider: gI,
          identityProviderConfigProvider: async (f) => new qe({ 'aws.auth#sigv4': f.credentials }),
        }),
      ),
      this.middlewareStack.use(ht(this.config));
  }
  destroy() {
    super.destroy();
  }
};
var lp = class extends Et(TI, xt, 'BatchGetItem', iw) {};
var dp = class extends Et(ro, xt, 'PutItem', cw) {};
var mp = class extends Et(ro, xt, 'Query', uw) {};
var fp = class extends Et(ro, xt, 'Scan', pw) {};
var hp = class extends Et(ro, xt, 'UpdateItem', lw) {};
k();
b();
var jo = class t {
  value;
  constructor(e) {
    typeof e == 'object' && 'N' in e ? (this.value = String(e.N)) : (this.value = String(e));
    const r = typeof e.valueOf() == 'number' ? e.valueOf() : 0;
    if (
      r > Number.MAX_SAFE_INTEGER ||
      r < Number.MIN_SAFE_INTEGER ||
      Math.abs(r) === 1 / 0 ||
      Number.isNaN(r)
    )
      throw new Error(
        `NumberValue should not be initialized with an imprecise number=${r}. Use a string instead.`,
      );
  }
  static from(e) {
    return new t(e);
  }
  toAttributeValue() {
    return { N: this.toString() };
  }
  toBigInt() {
    const e = this.toString();
    return BigInt(e);
  }
  toString() {
    return String(this.value);
  }
  valueOf() {
    return this.toString();
  }
};
var Mi = (t, e) => {
    if (t === void 0)
      throw new Error(
        'Pass options.removeUndefinedValues=true to remove undefined values from map/array/set.',
      );
    if (t === null && typeof t == 'object') return gp();
    if (Array.isArray(t)) return QF(t, e);
    if (t?.constructor?.name === 'Set') return ZF(t, e);
    if (t?.constructor?.name === 'Map') return e2(t, e);
    if (t?.constructor?.name === 'Object' || (!t.constructor && typeof t == 'object'))
      return lO(t, e);
    if (SO(t)) return t.length === 0 && e?.convertEmptyValues ? gp() : mO(t);
    if (typeof t == 'boolean' || t?.constructor?.name === 'Boolean') return { BOOL: t.valueOf() };
    if (typeof t == 'number' || t?.constructor?.name === 'Number') return gO(t, e);
    if (t instanceof jo) return t.toAttributeValue();
    if (typeof t == 'bigint') return hO(t);
    if (typeof t == 'string' || t?.constructor?.name === 'String')
      return t.length === 0 && e?.convertEmptyValues ? gp() : fO(t);
    if (e?.convertClassInstanceToMap && typeof t == 'object') return lO(t, e);
    throw new Error(
      `Unsupported type passed: ${t}. Pass options.convertClassInstanceToMap=true to marshall typeof object as map attribute.`,
    );
  },
  QF = (t, e) => ({
    L: t
      .filter(
        (r) =>
          typeof r != 'function' &&
          (!e?.removeUndefinedValues || (e?.removeUndefinedValues && r !== void 0)),
      )
      .map((r) => Mi(r, e)),
  }),
  ZF = (t, e) => {
    const r = e?.removeUndefinedValues ? new Set([...t].filter((n) => n !== void 0)) : t;
    if (!e?.removeUndefinedValues && r.has(void 0))
      throw new Error(
        'Pass options.removeUndefinedValues=true to remove undefined values from map/array/set.',
      );
    if (r.size === 0) {
      if (e?.convertEmptyValues) return gp();
      throw new Error('Pass a non-empty set, or options.convertEmptyValues=true.');
    }
    const o = r.values().next().value;
    if (o instanceof jo) return { NS: Array.from(r).map((n) => n.toString()) };
    if (typeof o == 'number')
      return {
        NS: Array.from(r)
          .map((n) => gO(n, e))
          .map((n) => n.N),
      };
    if (typeof o == 'bigint')
      return {
        NS: Array.from(r)
          .map(hO)
          .map((n) => n.N),
      };
    if (typeof o == 'string')
      return {
        SS: Array.from(r)
          .map(fO)
          .map((n) => n.S),
      };
    if (SO(o))
      return {
        BS: Array.from(r)
          .map(mO)
          .map((n) => n.B),
      };
    throw new Error('Only Number Set (NS), Binary Set (BS) or String Set (SS) are allowed.');
  },
  e2 = (t, e) => ({
    M: ((r) => {
      const o = {};
      for (const [n, s] of r)
        typeof s != 'function' && (s !== void 0 || !e?.removeUndefinedValues) && (o[n] = Mi(s, e));
      return o;
    })(t),
  }),
  lO = (t, e) => ({
    M: ((r) => {
      const o = {};
      for (const n in r) {
        const s = r[n];
        typeof s != 'function' && (s !== void 0 || !e?.removeUndefinedValues) && (o[n] = Mi(s, e));
      }
      return o;
    })(t),
  }),
  gp = () => ({ NULL: !0 }),
  mO = (t) => ({ B: t }),
  fO = (t) => ({ S: t.toString() }),
  hO = (t) => ({ N: t.toString() }),
  dO = (t) => {
    throw new Error(`${t} Use NumberValue from @aws-sdk/lib-dynamodb.`);
  },
  gO = (t, e) => {
    if (
      [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]
        .map((r) => r.toString())
        .includes(t.toString())
    )
      throw new Error(`Special numeric value ${t.toString()} is not allowed`);
    return (
      e?.allowImpreciseNumbers ||
        (Number(t) > Number.MAX_SAFE_INTEGER
          ? dO(`Number ${t.toString()} is greater than Number.MAX_SAFE_INTEGER.`)
          : Number(t) < Number.MIN_SAFE_INTEGER &&
            dO(`Number ${t.toString()} is lesser than Number.MIN_SAFE_INTEGER.`)),
      { N: t.toString() }
    );
  },
  SO = (t) => {
    const e = [
      'ArrayBuffer',
      'Blob',
      'Buffer',
      'DataView',
      'File',
      'Int8Array',
      'Uint8Array',
      'Uint8ClampedArray',
      'Int16Array',
      'Uint16Array',
      'Int32Array',
      'Uint32Array',
      'Float32Array',
      'Float64Array',
      'BigInt64Array',
      'BigUint64Array',
    ];
    return t?.constructor ? e.includes(t.constructor.name) : !1;
  };
var Ui = (t, e) => {
    for (const [r, o] of Object.entries(t))
      if (o !== void 0)
        switch (r) {
          case 'NULL':
            return null;
          case 'BOOL':
            return !!o;
          case 'N':
            return yO(o, e);
          case 'B':
            return xO(o);
          case 'S':
            return EO(o);
          case 'L':
            return t2(o, e);
          case 'M':
            return r2(o, e);
          case 'NS':
            return new Set(o.map((n) => yO(n, e)));
          case 'BS':
            return new Set(o.map(xO));
          case 'SS':
            return new Set(o.map(EO));
          default:
            throw new Error(`Unsupported type passed: ${r}`);
        }
    throw new Error(`No value defined: ${JSON.stringify(t)}`);
  },
  yO = (t, e) => {
    if (typeof e?.wrapNumbers == 'function') return e?.wrapNumbers(t);
    if (e?.wrapNumbers) return jo.from(t);
    const r = Number(t),
      o = [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
    if ((r > Number.MAX_SAFE_INTEGER || r < Number.MIN_SAFE_INTEGER) && !o.includes(r))
      if (typeof BigInt == 'function')
        try {
          return BigInt(t);
        } catch {
          throw new Error(
            `${t} can't be converted to BigInt. Set options.wrapNumbers to get string value.`,
          );
        }
      else
        throw new Error(
          `${t} is outside SAFE_INTEGER bounds. Set options.wrapNumbers to get string value.`,
        );
    return r;
  },
  EO = (t) => t,
  xO = (t) => t,
  t2 = (t, e) => t.map((r) => Ui(r, e)),
  r2 = (t, e) => Object.entries(t).reduce((r, [o, n]) => ((r[o] = Ui(n, e)), r), {});
function Rh(t, e) {
  const r = Mi(t, e),
    [o, n] = Object.entries(r)[0];
  switch (o) {
    case 'M':
    case 'L':
      return e?.convertTopLevelContainer ? r : n;
    default:
      return r;
  }
}
var vh = (t, e) => (e?.convertWithoutMapWrapper ? Ui(t, e) : Ui({ M: t }, e));
var Wo = null,
  B = {},
  Qe = [],
  _O = '*',
  Sp = (t, e, r) => {
    if (t !== void 0) {
      if (r == null) return e(t);
      {
        const o = Object.keys(r),
          n = o.length === 1 && o[0] === _O,
          s = o.length >= 1 && !n,
          i = o.length === 0;
        if (s) return Oh(t, e, r);
        if (i) return o2(t, e, Wo);
        if (n)
          return Object.entries(t ?? {}).reduce(
            (a, [c, p]) => (typeof p != 'function' && (a[c] = Sp(p, e, r[_O])), a),
            Array.isArray(t) ? [] : {},
          );
      }
    }
  },
  Oh = (t, e, r) => {
    let o;
    if (Array.isArray(t)) o = t.filter((n) => typeof n != 'function');
    else {
      o = {};
      for (const [n, s] of Object.entries(t)) typeof s != 'function' && (o[n] = s);
    }
    for (const [n, s] of Object.entries(r)) {
      if (typeof t[n] == 'function') continue;
      const i = Sp(t[n], e, s);
      i !== void 0 && typeof i != 'function' && (o[n] = i);
    }
    return o;
  },
  o2 = (t, e, r) =>
    Array.isArray(t)
      ? t.filter((o) => typeof o != 'function').map((o) => Sp(o, e, r))
      : Object.entries(t).reduce((o, [n, s]) => {
          if (typeof s == 'function') return o;
          const i = Sp(s, e, r);
          return (i !== void 0 && typeof i != 'function' && (o[n] = i), o);
        }, {}),
  TO = (t, e, r) => Oh(t, (n) => Rh(n, r), e),
  IO = (t, e, r) => Oh(t, (n) => vh(n, r), e);
var se = class extends je {
  addMarshallingMiddleware(e) {
    const { marshallOptions: r = {}, unmarshallOptions: o = {} } = e.translateConfig || {};
    (r.convertTopLevelContainer = r.convertTopLevelContainer ?? !0),
      (o.convertWithoutMapWrapper = o.convertWithoutMapWrapper ?? !0),
      this.clientCommand.middlewareStack.addRelativeTo(
        (n, s) => async (i) => (
          tt(s, 'DDB_MAPPER', 'd'), n({ ...i, input: TO(i.input, this.inputKeyNodes, r) })
        ),
        {
          name: 'DocumentMarshall',
          relation: 'before',
          toMiddleware: 'serializerMiddleware',
          override: !0,
        },
      ),
      this.clientCommand.middlewareStack.addRelativeTo(
        (n, s) => async (i) => {
          const a = await n(i);
          return ((a.output = IO(a.output, this.outputKeyNodes, o)), a);
        },
        {
          name: 'DocumentUnmarshall',
          relation: 'before',
          toMiddleware: 'deserializerMiddleware',
          override: !0,
        },
      );
  }
};
var qo = class extends se {
  input;
  inputKeyNodes = { RequestItems: { '*': { Keys: { '*': B } } } };
  outputKeyNodes = {
    Responses: { '*': { '*': B } },
    UnprocessedKeys: { '*': { Keys: { '*': B } } },
  };
  clientCommand;
  middlewareStack;
  constructor(e) {
    super(),
      (this.input = e),
      (this.clientCommand = new lp(this.input)),
      (this.middlewareStack = this.clientCommand.middlewareStack);
  }
  resolveMiddleware(e, r, o) {
    this.addMarshallingMiddleware(r);
    const n = e.concat(this.middlewareStack),
      s = this.clientCommand.resolveMiddleware(n, r, o);
    return async () => s(this.clientCommand);
  }
};
var $i = class extends se {
  input;
  inputKeyNodes = {
    Item: B,
    Expected: { '*': { Value: Wo, AttributeValueList: Qe } },
    ExpressionAttributeValues: B,
  };
  outputKeyNodes = { Attributes: B, ItemCollectionMetrics: { ItemCollectionKey: B } };
  clientCommand;
  middlewareStack;
  constructor(e) {
    super(),
      (this.input = e),
      (this.clientCommand = new dp(this.input)),
      (this.middlewareStack = this.clientCommand.middlewareStack);
  }
  resolveMiddleware(e, r, o) {
    this.addMarshallingMiddleware(r);
    const n = e.concat(this.middlewareStack),
      s = this.clientCommand.resolveMiddleware(n, r, o);
    return async () => s(this.clientCommand);
  }
};
var $r = class extends se {
  input;
  inputKeyNodes = {
    KeyConditions: { '*': { AttributeValueList: Qe } },
    QueryFilter: { '*': { AttributeValueList: Qe } },
    ExclusiveStartKey: B,
    ExpressionAttributeValues: B,
  };
  outputKeyNodes = { Items: { '*': B }, LastEvaluatedKey: B };
  clientCommand;
  middlewareStack;
  constructor(e) {
    super(),
      (this.input = e),
      (this.clientCommand = new mp(this.input)),
      (this.middlewareStack = this.clientCommand.middlewareStack);
  }
  resolveMiddleware(e, r, o) {
    this.addMarshallingMiddleware(r);
    const n = e.concat(this.middlewareStack),
      s = this.clientCommand.resolveMiddleware(n, r, o);
    return async () => s(this.clientCommand);
  }
};
var Bi = class extends se {
  input;
  inputKeyNodes = {
    ScanFilter: { '*': { AttributeValueList: Qe } },
    ExclusiveStartKey: B,
    ExpressionAttributeValues: B,
  };
  outputKeyNodes = { Items: { '*': B }, LastEvaluatedKey: B };
  clientCommand;
  middlewareStack;
  constructor(e) {
    super(),
      (this.input = e),
      (this.clientCommand = new fp(this.input)),
      (this.middlewareStack = this.clientCommand.middlewareStack);
  }
  resolveMiddleware(e, r, o) {
    this.addMarshallingMiddleware(r);
    const n = e.concat(this.middlewareStack),
      s = this.clientCommand.resolveMiddleware(n, r, o);
    return async () => s(this.clientCommand);
  }
};
var Nn = class extends se {
  input;
  inputKeyNodes = {
    Key: B,
    AttributeUpdates: { '*': { Value: Wo } },
    Expected: { '*': { Value: Wo, AttributeValueList: Qe } },
    ExpressionAttributeValues: B,
  };
  outputKeyNodes = { Attributes: B, ItemCollectionMetrics: { ItemCollectionKey: B } };
  clientCommand;
  middlewareStack;
  constructor(e) {
    super(),
      (this.input = e),
      (this.clientCommand = new hp(this.input)),
      (this.middlewareStack = this.clientCommand.middlewareStack);
  }
  resolveMiddleware(e, r, o) {
    this.addMarshallingMiddleware(r);
    const n = e.concat(this.middlewareStack),
      s = this.clientCommand.resolveMiddleware(n, r, o);
    return async () => s(this.clientCommand);
  }
};
ve();
b();
var Br = class t extends he {
  config;
  constructor(e, r) {
    if (
      (super(e.config),
      (this.config = e.config),
      (this.config.translateConfig = r),
      (this.middlewareStack = e.middlewareStack),
      this.config?.cacheMiddleware)
    )
      throw new Error(
        '@aws-sdk/lib-dynamodb - cacheMiddleware=true is not compatible with the DynamoDBDocumentClient. This option must be set to false.',
      );
    if (!(e.middlewareStack.identify?.() ?? []).some((s) => s.includes?.('serializerMiddleware'))) {
      const s = this.config.logger,
        i = s && !s.constructor?.name.includes('NoOp') ? s : console,
        a = new Pn(
          Object.assign({}, this.config, {
            defaultUserAgentProvider: void 0,
            retryStrategy: void 0,
            extensions: void 0,
          }),
        );
      if (a.middlewareStack.identify?.().some((p) => p.includes?.('serializerMiddleware')))
        (this.middlewareStack = a.middlewareStack),
          (this.config = a.config),
          (this.config.translateConfig = r),
          i.warn(
            "@aws-sdk/lib-dynamodb - WARN: incompatible version of DynamoDBClient given to DynamoDBDocumentClient. We have forwarded your client's configuration to a newer version of DynamoDBClient in the dependency closure to instantiate DynamoDBDocumentClient.",
          );
      else
        throw new Error(
          '@aws-sdk/lib-dynamodb - ERROR: incompatible version of DynamoDBClient given to DynamoDBDocumentClient. Check @aws-sdk/lib-dynamodb package.json requirements.',
        );
    }
  }
  static from(e, r) {
    return new t(e, r);
  }
  destroy() {}
};
var Kpe = Is(Br, $r, 'ExclusiveStartKey', 'LastEvaluatedKey', 'Limit');
ve();
var Ype = Is(Br, Bi, 'ExclusiveStartKey', 'LastEvaluatedKey', 'Limit');
var n2 = new Set([
    'ProvisionedThroughputExceededException',
    'RequestLimitExceeded',
    'ThrottlingException',
  ]),
  s2 = 3;
function wO(t) {
  const e = new Pn({ region: t.region, ...(t.endpoint ? { endpoint: t.endpoint } : {}) });
  return Br.from(e, { marshallOptions: { removeUndefinedValues: !0 } });
}
var yp = class {
  #e;
  #t;
  constructor(e, r) {
    (this.#e = e), (this.#t = r);
  }
  async listChats(e, r, o, n) {
    const { activityIndex: s } = Ae,
      i = await this.#r(e, 'read', () =>
        this.#e.send(
          new $r({
            TableName: this.#t,
            IndexName: s.name,
            KeyConditionExpression: '#pk = :pk',
            ExpressionAttributeNames: { '#pk': s.partitionKey },
            ExpressionAttributeValues: { ':pk': Vn(r) },
            ScanIndexForward: !1,
            Limit: o,
            ExclusiveStartKey: n && {
              ...Gn(r, n.chatId),
              [s.partitionKey]: Vn(r),
              [s.sortKey]: n.activity,
            },
            ReturnConsumedCapacity: 'TOTAL',
          }),
        ),
      );
    return { items: i.Items ?? [], lastKey: i.LastEvaluatedKey };
  }
  async readChat(e, r, o, n, s) {
    const i = Hn(r, o),
      a = await this.#r(e, 'read', () =>
        this.#e.send(
          new $r({
            TableName: this.#t,
            KeyConditionExpression: '#pk = :pk',
            ExpressionAttributeNames: { '#pk': Ae.partitionKey },
            ExpressionAttributeValues: { ':pk': i },
            ConsistentRead: !0,
            Limit: n,
            ExclusiveStartKey: s === void 0 ? void 0 : { pk: i, sk: s },
            ReturnConsumedCapacity: 'TOTAL',
          }),
        ),
      );
    return { items: a.Items ?? [], lastKey: a.LastEvaluatedKey };
  }
  async messagesUpTo(e, r, o, n, s) {
    return (
      (
        await this.#r(e, 'read', () =>
          this.#e.send(
            new $r({
              TableName: this.#t,
              KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :first AND :last',
              ExpressionAttributeNames: { '#pk': Ae.partitionKey, '#sk': Ae.sortKey },
              ExpressionAttributeValues: { ':pk': Hn(r, o), ':first': Pp, ':last': zn(r, o, n).sk },
              ScanIndexForward: !1,
              ConsistentRead: !0,
              Limit: s,
              ReturnConsumedCapacity: 'TOTAL',
            }),
          ),
        )
      ).Items ?? []
    );
  }
  async touchChat(e, r, o, n) {
    try {
      return (
        await this.#r(e, 'write', () =>
          this.#e.send(
            new Nn({
              TableName: this.#t,
              Key: Gn(r, o),
              UpdateExpression:
                'SET chatId = :chatId, title = if_not_exists(title, :title), createdAt = if_not_exists(createdAt, :now), updatedAt = :now, gsi1pk = :gsi1pk, gsi1sk = :gsi1sk ADD messageCount :delta',
              ConditionExpression: 'attribute_not_exists(updatedAt) OR updatedAt < :now',
              ExpressionAttributeValues: {
                ':chatId': o,
                ':title': n.title,
                ':now': n.now,
                ':gsi1pk': Vn(r),
                ':gsi1sk': Hh(n.now, o),
                ':delta': n.delta,
              },
              ReturnValues: 'ALL_NEW',
              ReturnConsumedCapacity: 'TOTAL',
            }),
          ),
        )
      ).Attributes;
    } catch (s) {
      if (!(s instanceof Error && s.name === 'ConditionalCheckFailedException')) throw s;
      return this.adjustMessageCount(e, r, o, n.delta);
    }
  }
  async adjustMessageCount(e, r, o, n) {
    return (
      await this.#r(e, 'write', () =>
        this.#e.send(
          new Nn({
            TableName: this.#t,
            Key: Gn(r, o),
            UpdateExpression: 'ADD messageCount :delta',
            ConditionExpression: 'attribute_exists(#pk)',
            ExpressionAttributeNames: { '#pk': Ae.partitionKey },
            ExpressionAttributeValues: { ':delta': n },
            ReturnValues: 'ALL_NEW',
            ReturnConsumedCapacity: 'TOTAL',
          }),
        ),
      )
    ).Attributes;
  }
  async putMessageOnce(e, r, o, n, s = {}) {
    const a = {
      ...(s.replyTo === void 0 ? Kn(r, o, n.messageId) : zn(r, o, s.replyTo)),
      ...n,
      ...(s.usage ? { usage: s.usage } : {}),
    };
    try {
      return (
        await this.#r(e, 'write', () =>
          this.#e.send(
            new $i({
              TableName: this.#t,
              Item: a,
              ConditionExpression: 'attribute_not_exists(#pk)',
              ExpressionAttributeNames: { '#pk': Ae.partitionKey },
              ReturnConsumedCapacity: 'TOTAL',
            }),
          ),
        ),
        a
      );
    } catch (c) {
      if (c instanceof Error && c.name === 'ConditionalCheckFailedException') return;
      throw c;
    }
  }
  async readTurn(e, r, o, n) {
    let s = [Gn(r, o), Kn(r, o, n), zn(r, o, n)],
      i = await this.#r(e, 'read', () =>
        this.#e.send(
          new qo({
            RequestItems: { [this.#t]: { Keys: s, ConsistentRead: !0 } },
            ReturnConsumedCapacity: 'TOTAL',
          }),
        ),
      ),
      a = i.Responses?.[this.#t] ?? [],
      c = i.UnprocessedKeys?.[this.#t]?.Keys ?? [];
    for (let l = 1; c.length > 0; l++) {
      if (l > s2) throw new Fn();
      await new Promise((f) => setTimeout(f, 50 * 2 ** l));
      const d = c,
        m = await this.#r(e, 'read', () =>
          this.#e.send(
            new qo({
              RequestItems: { [this.#t]: { Keys: d, ConsistentRead: !0 } },
              ReturnConsumedCapacity: 'TOTAL',
            }),
          ),
        );
      a.push(...(m.Responses?.[this.#t] ?? [])), (c = m.UnprocessedKeys?.[this.#t]?.Keys ?? []);
    }
    const p = new Map(a.map((l) => [l.sk, l]));
    return { chat: p.get(Yi), user: p.get(Kn(r, o, n).sk), reply: p.get(zn(r, o, n).sk) };
  }
  async #r(e, r, o) {
    try {
      const n = await e.time('ddb', o);
      return (e.recordDynamoDb(r, n), n);
    } catch (n) {
      throw (
        e.recordDynamoDb(r, n), n instanceof Error && n2.has(n.name) ? new Fn({ cause: n }) : n
      );
    }
  }
};
function AO(t) {
  return {
    chatId: t.chatId,
    title: t.title,
    createdAt: t.createdAt,
    updatedAt: t.updatedAt,
    messageCount: t.messageCount,
  };
}
async function bO(t, e, r) {
  const o = { listing: 'chats', sub: e },
    n = r.cursor === void 0 ? void 0 : t.cursors.decode(o, r.cursor, a2),
    s = await t.store.listChats(t.meter, e, r.limit + 1, n),
    i = s.items.slice(0, r.limit),
    a = i.at(-1);
  return {
    chats: i.map(AO),
    nextCursor:
      a && i2(s, r.limit) ? t.cursors.encode(o, { activity: a.gsi1sk, chatId: a.chatId }) : null,
  };
}
function i2(t, e) {
  return t.items.length > e || t.lastKey !== void 0;
}
function a2(t) {
  const e = t;
  return (
    typeof e == 'object' &&
    e !== null &&
    typeof e.activity == 'string' &&
    typeof e.chatId == 'string'
  );
}

import { randomBytes as A2 } from 'node:crypto';

var Dh = { PRETTY: 4, COMPACT: 0 };
var j = { TRACE: 6, DEBUG: 8, INFO: 12, WARN: 16, ERROR: 20, CRITICAL: 24, SILENT: 28 },
  CO = ['level', 'message', 'sampling_rate', 'service', 'timestamp'],
  RO = 'Uncaught error detected, flushing log buffer before exit';
Ja();
var Ph = 'AWS_LAMBDA_INITIALIZATION_TYPE',
  vO = 'AWS_LAMBDA_MAX_CONCURRENCY',
  OO = 'POWERTOOLS_DEV';
var DO = '_X_AMZN_TRACE_ID';
var lt = ({ key: t, defaultValue: e, errorMessage: r }) => {
    const o = process.env[t];
    if (o === void 0) {
      if (e !== void 0) return e;
      throw r ? new Error(r) : new Error(`Environment variable ${t} is required`);
    }
    return o.trim();
  },
  PO = ({ key: t, defaultValue: e, errorMessage: r }) => {
    const o = lt({ key: t, defaultValue: String(e), errorMessage: r }),
      n = Number(o);
    if (Number.isNaN(n)) throw new TypeError(`Environment variable ${t} must be a number`);
    return n;
  },
  c2 = new Set(['1', 'y', 'yes', 't', 'true', 'on']),
  u2 = new Set(['0', 'n', 'no', 'f', 'false', 'off']),
  Nh = ({ key: t, defaultValue: e, errorMessage: r, extendedParsing: o }) => {
    const s = lt({ key: t, defaultValue: String(e), errorMessage: r }).toLowerCase();
    if (o) {
      if (c2.has(s)) return !0;
      if (u2.has(s)) return !1;
    }
    if (s !== 'true' && s !== 'false')
      throw new Error(`Environment variable ${t} must be a boolean`);
    return s === 'true';
  },
  Fi = () => {
    try {
      return Nh({ key: OO, extendedParsing: !0 });
    } catch {
      return !1;
    }
  };
var p2 = () => {
  const t =
    globalThis.awslambda?.InvokeStore?.getXRayTraceId() ?? lt({ key: DO, defaultValue: '' });
  if (t === '') return;
  if (!t.includes('=')) return { Root: t };
  const e = {};
  for (const r of t.split(';')) {
    const [o, n] = r.split('=');
    e[o] = n;
  }
  return e;
};
var NO = () => lt({ key: vO, defaultValue: '' }) !== '',
  Vi = () => p2()?.Root;
var Hi = class {
  #e = !1;
  formatError(e) {
    const { name: r, message: o, stack: n, cause: s, ...i } = e,
      a = {
        name: r,
        location: this.getCodeLocation(e.stack),
        message: o,
        stack:
          Fi() && typeof n == 'string'
            ? n?.split(`
`)
            : n,
        cause: s instanceof Error ? this.formatError(s) : s,
      };
    for (const c in e)
      typeof c == 'string' && !['name', 'message', 'stack', 'cause'].includes(c) && (a[c] = i[c]);
    return a;
  }
  formatTimestamp(e) {
    const o = lt({ key: 'TZ', defaultValue: '' });
    return o && !o.includes('UTC') ? this.#o(e, o) : e.toISOString();
  }
  getCodeLocation(e) {
    if (!e) return '';
    const r = e.split(`
`),
      o = /\(([^()]*?):(\d+?):(\d+?)\)\\?$/;
    for (const n of r) {
      const s = o.exec(n);
      if (Array.isArray(s)) return `${s[1]}:${Number(s[2])}`;
    }
    return '';
  }
  #t = (e) => {
    try {
      return (new Intl.DateTimeFormat('en', { timeZone: e }), e);
    } catch {
      return (
        this.#e ||
          ((this.#e = !0),
          console.warn(`Invalid or unresolvable time zone: "${e}" - falling back to UTC.`)),
        'UTC'
      );
    }
  };
  #r = (e) => {
    const r = '2-digit';
    return new Intl.DateTimeFormat('en', {
      hourCycle: 'h23',
      year: 'numeric',
      month: r,
      day: r,
      hour: r,
      minute: r,
      second: r,
      timeZone: e,
    });
  };
  #o(e, r) {
    const o = this.#t(r),
      {
        year: n,
        month: s,
        day: i,
        hour: a,
        minute: c,
        second: p,
      } = this.#r(o)
        .formatToParts(e)
        .reduce((y, E) => ((y[E.type] = E.value), y), {}),
      l = `${n}-${s}-${i}T${a}:${c}:${p}`,
      d = o === r ? -e.getTimezoneOffset() : 0,
      m = d >= 0 ? '+' : '-',
      f = Math.abs(Math.floor(d / 60))
        .toString()
        .padStart(2, '0'),
      h = Math.abs(d % 60)
        .toString()
        .padStart(2, '0'),
      S = e.getMilliseconds().toString().padStart(3, '0'),
      g = `${m}${f}:${h}`;
    return `${l}.${S}${g}`;
  }
};
var Ep = '2.36.0';
var cde = process.env.AWS_EXECUTION_ENV || 'NA';
var l2 = new Set(['__proto__', 'constructor']),
  Gi = (t) => {
    if (typeof t != 'object' || t === null) return !1;
    const e = Object.getPrototypeOf(t);
    return e === Object.prototype || e === null;
  },
  d2 = (t, e) => {
    if (Gi(t)) {
      const r = {};
      return (e.push(t), Ki(r, t, e), e.pop(), { skip: !1, value: r });
    }
    if (Array.isArray(t)) {
      if (e.includes(t)) return { skip: !0 };
      const r = [];
      return (e.push(t), xp(r, t, e), e.pop(), { skip: !1, value: r });
    }
    return { skip: !1, value: t };
  },
  m2 = (t, e, r, o) => {
    const n = t[e],
      s = Gi(r);
    if (!(s && o.includes(r))) {
      if (s && Gi(n)) {
        o.push(r), Ki(n, r, o), o.pop();
        return;
      }
      if (Array.isArray(r) && Array.isArray(n)) {
        o.includes(r) || (o.push(r), xp(n, r, o), o.pop());
        return;
      }
      if (r !== void 0 || n === void 0) {
        const i = d2(r, o);
        i.skip || (t[e] = i.value);
      }
    }
  },
  xp = (t, e, r) => {
    for (let o = 0; o < e.length; o++) m2(t, o, e[o], r);
  },
  f2 = (t, e, r, o, n) => {
    if (!Array.isArray(o)) {
      const s = [];
      xp(s, r, n), (t[e] = s);
      return;
    }
    xp(o, r, n);
  },
  h2 = (t, e, r, o, n) => {
    if (Gi(o)) {
      Ki(o, r, n);
      return;
    }
    const s = {};
    Ki(s, r, n), (t[e] = s);
  },
  Ki = (t, e, r) => {
    for (const o of Object.keys(e)) {
      if (l2.has(o)) continue;
      const n = e[o],
        s = t[o];
      if (Array.isArray(n)) {
        if (r.includes(n)) continue;
        r.push(n), f2(t, o, n, s, r), r.pop();
        continue;
      }
      if (Gi(n)) {
        if (r.includes(n)) continue;
        r.push(n), h2(t, o, n, s, r), r.pop();
        continue;
      }
      (n !== void 0 || s === void 0) && (t[o] = n);
    }
  },
  Fr = (t, ...e) => {
    const r = [t];
    for (const o of e) o != null && (r.push(o), Ki(t, o, r), r.pop());
    return t;
  };
var _p = 'powertools-for-aws',
  kO = `${_p}.tracer`,
  LO = `${_p}.metrics`,
  MO = `${_p}.logger`,
  UO = `${_p}.idempotency`;
var kh = (t) => typeof t == 'string';
var $O = (t) => Object.is(t, null),
  Lh = (t) => $O(t) || Object.is(t, void 0);
var zi = class {
  #e;
  coldStart = !0;
  defaultServiceName = 'service_undefined';
  constructor() {
    (this.#e = this.getInitializationType()), this.#e !== 'on-demand' && (this.coldStart = !1);
  }
  getInitializationType() {
    const e = process.env[Ph]?.trim();
    return e === 'on-demand'
      ? 'on-demand'
      : e === 'provisioned-concurrency'
        ? 'provisioned-concurrency'
        : 'unknown';
  }
  getColdStart() {
    return this.#e !== 'on-demand' ? !1 : this.coldStart ? ((this.coldStart = !1), !0) : !1;
  }
  isValidServiceName(e) {
    return typeof e == 'string' && e.trim().length > 0;
  }
};
var g2 = process.env.AWS_EXECUTION_ENV || 'NA';
if (!process.env.AWS_SDK_UA_APP_ID?.includes('/PTEnv/')) {
  const t = `PT/NO-OP/${Ep}/PTEnv/${g2}`;
  process.env.AWS_SDK_UA_APP_ID = process.env.AWS_SDK_UA_APP_ID
    ? `${process.env.AWS_SDK_UA_APP_ID}/${t}`
    : t;
}
var kn = class {
  attributes = {};
  constructor(e) {
    this.setAttributes(e.attributes);
  }
  addAttributes(e) {
    return (Fr(this.attributes, e), this);
  }
  getAttributes() {
    return this.attributes;
  }
  prepareForPrint() {
    this.attributes = this.removeEmptyKeys(this.getAttributes());
  }
  removeEmptyKeys(e) {
    const r = {};
    for (const o in e) e[o] !== void 0 && e[o] !== '' && e[o] !== null && (r[o] = e[o]);
    return r;
  }
  setAttributes(e) {
    this.attributes = e;
  }
};

import { Console as S2 } from 'node:console';
import { randomInt as y2 } from 'node:crypto';

var Tp = class extends Hi {
  #e;
  constructor(e) {
    super(), (this.#e = e?.logRecordOrder);
  }
  formatAttributes(e, r) {
    const o = {
      level: e.logLevel,
      message: e.message,
      timestamp: this.formatTimestamp(e.timestamp),
      service: e.serviceName,
      cold_start: e.lambdaContext?.coldStart,
      function_arn: e.lambdaContext?.invokedFunctionArn,
      function_memory_size: e.lambdaContext?.memoryLimitInMB,
      function_name: e.lambdaContext?.functionName,
      function_request_id: e.lambdaContext?.awsRequestId,
      sampling_rate: e.sampleRateValue,
      xray_trace_id: e.xRayTraceId,
      tenant_id: e.lambdaContext?.tenantId,
    };
    if (this.#e === void 0) return new kn({ attributes: o }).addAttributes(r);
    const n = {};
    for (const i of this.#e)
      i in o && !(i in n) ? (n[i] = o[i]) : i in r && !(i in n) && (n[i] = r[i]);
    for (const i in o) i in n || (n[i] = o[i]);
    for (const i in r) i in n || (n[i] = r[i]);
    return new kn({ attributes: n });
  }
};
Ja();
var Vr = class {
  #e;
  #t;
  #r;
  #o;
  constructor(e, r) {
    if (((this.#e = Symbol(e)), 'fresh' in r)) (this.#t = r.fresh), (this.#r = !0);
    else {
      const { initial: o } = r;
      (this.#t = () => o), (this.#r = !1);
    }
  }
  get isScoped() {
    return this.#i() !== void 0;
  }
  get() {
    const e = this.#i();
    if (e === void 0) return this.getShared();
    const r = e.get(this.#e);
    if (r !== void 0) return r[0];
    if (!this.#r) return this.getShared();
    const o = this.#t();
    return (e.set(this.#e, [o]), o);
  }
  set(e) {
    const r = this.#i();
    if (r === void 0) {
      this.setShared(e);
      return;
    }
    r.set(this.#e, [e]);
  }
  reset() {
    const e = this.#i();
    if (e === void 0) {
      this.#o = void 0;
      return;
    }
    e.set(this.#e, void 0);
  }
  getShared() {
    return ((this.#o ??= [this.#t()]), this.#o[0]);
  }
  setShared(e) {
    this.#o = [e];
  }
  #i() {
    if (!NO()) return;
    const e = globalThis.awslambda?.InvokeStore;
    if (e === void 0) throw new Error('InvokeStore is not available');
    return e.hasContext() ? e : void 0;
  }
};
var Ip = class {
  #e = new Vr('powertools.logger.temporaryAttributes', { fresh: () => ({}) });
  #t = new Vr('powertools.logger.keys', { fresh: () => new Map() });
  #r = new Vr('powertools.logger.lambdaContext', { initial: void 0 });
  #o = {};
  #i() {
    return this.#e.get();
  }
  #a() {
    return this.#t.get();
  }
  appendTemporaryKeys(e) {
    const r = this.#i();
    Fr(r, e);
    const o = this.#a();
    for (const n of Object.keys(e)) o.set(n, 'temp');
  }
  removeTemporaryKeys(e) {
    const r = this.#i(),
      o = this.#a();
    for (const n of e) (r[n] = void 0), this.#o[n] ? o.set(n, 'persistent') : o.delete(n);
  }
  getTemporaryAttributes() {
    return { ...this.#i() };
  }
  clearTemporaryAttributes() {
    const e = this.#i(),
      r = this.#a();
    for (const o of Object.keys(e)) this.#o[o] ? r.set(o, 'persistent') : r.delete(o);
    this.#e.reset();
  }
  setLambdaContext(e) {
    this.#r.set(e);
  }
  getLambdaContext() {
    return this.#r.get();
  }
  setPersistentAttributes(e) {
    const r = this.#a();
    this.#o = { ...e };
    for (const o of Object.keys(e)) r.set(o, 'persistent');
  }
  getPersistentAttributes() {
    return { ...this.#o };
  }
  getAllAttributes() {
    const e = {},
      r = this.#i(),
      o = this.#a();
    for (const [n, s] of Object.entries(this.#o)) s !== void 0 && (e[n] = s);
    for (const [n, s] of o.entries()) s === 'temp' && r[n] !== void 0 && (e[n] = r[n]);
    return e;
  }
  removePersistentKeys(e) {
    const r = this.#a(),
      o = this.#i();
    for (const n of e) (this.#o[n] = void 0), o[n] ? r.set(n, 'temp') : r.delete(n);
  }
};
var Mh = class {
    value;
    logLevel;
    byteSize;
    constructor(e, r) {
      if (!kh(e)) throw new Error('Value should be a string');
      (this.value = e), (this.logLevel = r), (this.byteSize = Buffer.byteLength(e));
    }
  },
  Uh = class extends Set {
    currentBytesSize = 0;
    hasEvictedLog = !1;
    add(e) {
      return ((this.currentBytesSize += e.byteSize), super.add(e), this);
    }
    delete(e) {
      const r = super.delete(e);
      return (r && (this.currentBytesSize -= e.byteSize), r);
    }
    clear() {
      super.clear(), (this.currentBytesSize = 0);
    }
    shift() {
      const e = this.values().next().value;
      return (e && this.delete(e), e);
    }
  },
  ji = class extends Map {
    #e;
    #t;
    constructor({ maxBytesSize: e, onBufferOverflow: r }) {
      super(), (this.#e = e), (this.#t = r);
    }
    setItem(e, r, o) {
      const n = new Mh(r, o);
      if (n.byteSize > this.#e) throw new Error('Item too big');
      const s = this.get(e) || new Uh();
      return (
        s.currentBytesSize !== 0 &&
          s.currentBytesSize + n.byteSize >= this.#e &&
          (this.#r(s, n), this.#t && this.#t()),
        s.add(n),
        super.set(e, s),
        this
      );
    }
    #r(e, r) {
      for (; e.size !== 0 && e.currentBytesSize + r.byteSize >= this.#e; )
        e.shift(), (e.hasEvictedLog = !0);
    }
  };
var wp = class {
  #e;
  #t = new Vr('powertools.logger.buffer', { fresh: () => new ji({ maxBytesSize: this.#r }) });
  #r;
  constructor(e) {
    this.#e = new Vr('powertools.logger.logLevel', { initial: e });
  }
  getLogLevel() {
    return this.#e.get();
  }
  getBaseLogLevel() {
    return this.#e.getShared();
  }
  setLogLevel(e) {
    this.#e.set(e);
  }
  setBaseLogLevel(e) {
    this.#e.setShared(e);
  }
  configureBuffer(e) {
    (this.#r = e), this.#t.setShared(new ji({ maxBytesSize: e }));
  }
  #o() {
    return this.#t.get();
  }
  add(e, r, o) {
    const n = this.#o();
    !this.#t.isScoped && n.has(e) === !1 && n.clear(), n.setItem(e, r, o);
  }
  get(e) {
    return this.#o().get(e);
  }
  delete(e) {
    this.#o().delete(e);
  }
};
var Wi = class t extends zi {
  console;
  customConfigService;
  logEvent = !1;
  logFormatter;
  logIndentation = Dh.COMPACT;
  #e;
  powertoolsLogData = { sampleRateValue: 0 };
  #t = new Ip();
  #r = [];
  #o = !1;
  #i = j.INFO;
  #a;
  #s = { enabled: !1, flushOnErrorLog: !0, maxBytes: 20480, bufferAtVerbosity: j.DEBUG };
  #n = new wp(j.INFO);
  #u;
  #c = { sampleRateValue: 0, refreshedTimes: 0 };
  #d = new Map();
  get level() {
    return this.#n.getLogLevel();
  }
  constructor(e = {}) {
    super();
    const { customConfigService: r, ...o } = e;
    (this.customConfigService = r), this.setOptions(o), (this.#o = !0);
    for (const [n, s] of this.#r) this.printLog(n, this.createAndPopulateLogItem(...s));
    this.#r = [];
  }
  addContext(e) {
    this.#t.setLambdaContext({
      invokedFunctionArn: e.invokedFunctionArn,
      coldStart: this.getColdStart(),
      awsRequestId: e.awsRequestId,
      memoryLimitInMB: e.memoryLimitInMB,
      functionName: e.functionName,
      functionVersion: e.functionVersion,
      tenantId: e.tenantId,
    });
  }
  addPersistentLogAttributes(e) {
    this.appendPersistentKeys(e);
  }
  appendKeys(e) {
    this.#f(e, 'temp');
  }
  appendPersistentKeys(e) {
    this.#f(e, 'persistent');
  }
  createChild(e = {}) {
    const r =
        'persistentLogAttributes' in e && !('persistentKeys' in e)
          ? 'persistentLogAttributes'
          : 'persistentKeys',
      o = this.createLogger(
        Fr(
          {},
          {
            logLevel: this.getLevelName(),
            serviceName: this.powertoolsLogData.serviceName,
            sampleRateValue: this.#c.sampleRateValue,
            logFormatter: this.getLogFormatter(),
            customConfigService: this.getCustomConfigService(),
            environment: this.powertoolsLogData.environment,
            [r]: this.#t.getPersistentAttributes(),
            jsonReplacerFn: this.#a,
            correlationIdSearchFn: this.#u,
            ...(this.#s.enabled && {
              logBufferOptions: {
                maxBytes: this.#s.maxBytes,
                bufferAtVerbosity: this.getLogLevelNameFromNumber(this.#s.bufferAtVerbosity),
                flushOnErrorLog: this.#s.flushOnErrorLog,
              },
            }),
          },
          e,
        ),
      ),
      n = this.#t.getLambdaContext();
    n && o.addContext(n);
    const s = this.#t.getTemporaryAttributes();
    return (Object.keys(s).length > 0 && o.appendKeys(s), o);
  }
  critical(e, ...r) {
    this.processLogItem(j.CRITICAL, e, r);
  }
  debug(e, ...r) {
    this.processLogItem(j.DEBUG, e, r);
  }
  error(e, ...r) {
    this.processLogItem(j.ERROR, e, r);
  }
  getLevelName() {
    return this.getLogLevelNameFromNumber(this.#n.getLogLevel());
  }
  getLogEvent() {
    return this.logEvent;
  }
  getPersistentLogAttributes() {
    return this.#t.getPersistentAttributes();
  }
  info(e, ...r) {
    this.processLogItem(j.INFO, e, r);
  }
  injectLambdaContext(e) {
    return (r, o, n) => {
      const s = n.value,
        i = this;
      n.value = async function (...a) {
        i.refreshSampleRateCalculation(),
          i.addContext(a[1]),
          i.logEventIfEnabled(a[0], e?.logEvent),
          e?.correlationIdPath && i.setCorrelationId(a[0], e?.correlationIdPath);
        try {
          return await s.apply(this, a);
        } catch (c) {
          throw (
            e?.flushBufferOnUncaughtError && (i.flushBuffer(), i.error({ message: RO, error: c })),
            c
          );
        } finally {
          (e?.clearState || e?.resetKeys) && i.resetKeys(), i.clearBuffer();
        }
      };
    };
  }
  static injectLambdaContextAfterOrOnError(e, r, o) {
    o && (o.clearState || o?.resetKeys) && e.resetKeys();
  }
  static injectLambdaContextBefore(e, r, o, n) {
    e.addContext(o), e.logEventIfEnabled(r, n?.logEvent);
  }
  logEventIfEnabled(e, r) {
    this.shouldLogEvent(r) && this.info('Lambda invocation event', { event: e });
  }
  refreshSampleRateCalculation() {
    if (this.#c.refreshedTimes === 0) {
      this.#c.refreshedTimes++;
      return;
    }
    this.#h() && this.#n.getLogLevel() > j.TRACE
      ? (this.setLogLevel('DEBUG'), this.debug('Setting log level to DEBUG due to sampling rate'))
      : this.setLogLevel(this.getLogLevelNameFromNumber(this.#i));
  }
  removeKeys(e) {
    this.#t.removeTemporaryKeys(e);
  }
  removePersistentKeys(e) {
    this.#t.removePersistentKeys(e);
  }
  removePersistentLogAttributes(e) {
    this.removePersistentKeys(e);
  }
  resetKeys() {
    this.#t.clearTemporaryAttributes();
  }
  setLogLevel(e) {
    if (!this.awsLogLevelShortCircuit(e))
      if (this.isValidLogLevel(e)) this.#n.setLogLevel(j[e]);
      else throw new Error(`Invalid log level: ${e}`);
  }
  setPersistentLogAttributes(e) {
    const r = this.#m(e);
    this.#t.setPersistentAttributes(r);
  }
  get persistentLogAttributes() {
    return this.#t.getPersistentAttributes();
  }
  shouldLogEvent(e) {
    return typeof e == 'boolean' ? e : this.getLogEvent();
  }
  trace(e, ...r) {
    this.processLogItem(j.TRACE, e, r);
  }
  warn(e, ...r) {
    this.processLogItem(j.WARN, e, r);
  }
  #p(e) {
    this.#d.has(e) || (this.#d.set(e, !0), this.warn(e));
  }
  createLogger(e) {
    return new t(e);
  }
  getJsonReplacer() {
    const e = [],
      r = this.#a,
      o = this.getLogFormatter();
    return function (n, s) {
      let i = s;
      if ((r && (i = r(n, i)), i instanceof Error && (i = o.formatError(i)), typeof i == 'bigint'))
        return i.toString();
      if (typeof i == 'object' && i !== null) {
        for (; e.length > 0 && e.at(-1) !== this; ) e.pop();
        if (e.includes(i)) return;
        e.push(i);
      }
      return i;
    };
  }
  addToPowertoolsLogData(e) {
    Fr(this.powertoolsLogData, e);
  }
  #m(e) {
    const r = {};
    for (const [o, n] of Object.entries(e)) this.#l(o) || (r[o] = n);
    return r;
  }
  #f(e, r) {
    const o = this.#m(e);
    if (r === 'temp') this.#t.appendTemporaryKeys(o);
    else {
      const n = this.#t.getPersistentAttributes();
      this.#t.setPersistentAttributes(Fr(n, o));
    }
  }
  awsLogLevelShortCircuit(e) {
    return this.#e !== void 0
      ? (this.#n.setBaseLogLevel(j[this.#e]),
        this.isValidLogLevel(e) &&
          this.#n.getBaseLogLevel() > j[e] &&
          this.#p(
            `Current log level (${e}) does not match AWS Lambda Advanced Logging Controls minimum log level (${this.#e}). This can lead to data loss, consider adjusting them.`,
          ),
        !0)
      : !1;
  }
  createAndPopulateLogItem(e, r, o) {
    const n = {
        logLevel: this.getLogLevelNameFromNumber(e),
        timestamp: new Date(),
        xRayTraceId: Vi(),
        ...this.#E(),
        message: '',
      },
      s = this.#t.getAllAttributes();
    return (this.#g(r, n, s), this.#S(o, s), this.getLogFormatter().formatAttributes(n, s));
  }
  #g(e, r, o) {
    if (typeof e == 'string') {
      r.message = e;
      return;
    }
    const { message: n, ...s } = e;
    r.message = n;
    for (const [i, a] of Object.entries(s)) this.#l(i) || (o[i] = a);
  }
  #S(e, r) {
    for (const o of e)
      Lh(o) ||
        (o instanceof Error ? (r.error = o) : typeof o == 'string' ? (r.extra = o) : this.#y(o, r));
  }
  #y(e, r) {
    for (const [o, n] of Object.entries(e)) this.#l(o) || (r[o] = n);
  }
  #h() {
    return this.#c.sampleRateValue && y2(0, 100) / 100 <= this.#c.sampleRateValue;
  }
  #l(e) {
    return CO.includes(e)
      ? (this.warn(`The key "${e}" is a reserved key and will be dropped.`), !0)
      : !1;
  }
  getCustomConfigService() {
    return this.customConfigService;
  }
  getLogFormatter() {
    return this.logFormatter;
  }
  getLogLevelNameFromNumber(e) {
    let r;
    for (const [o, n] of Object.entries(j))
      if (n === e) {
        r = o;
        break;
      }
    return r;
  }
  #E() {
    const e = this.#t.getLambdaContext();
    return e === void 0 ? this.powertoolsLogData : { ...this.powertoolsLogData, lambdaContext: e };
  }
  isValidLogLevel(e) {
    return typeof e == 'string' && e in j;
  }
  isValidSampleRate(e) {
    return typeof e == 'number' && 0 <= e && e <= 1;
  }
  printLog(e, r) {
    r.prepareForPrint();
    const o = e === j.CRITICAL ? 'error' : this.getLogLevelNameFromNumber(e).toLowerCase();
    this.console[o](JSON.stringify(r.getAttributes(), this.getJsonReplacer(), this.logIndentation));
  }
  processLogItem(e, r, o) {
    this.#s.enabled &&
      this.#s.flushOnErrorLog &&
      e >= j.ERROR &&
      e < j.SILENT &&
      this.flushBuffer();
    const n = Vi();
    if (n !== void 0 && this.shouldBufferLog(n, e)) {
      try {
        this.bufferLogItem(n, this.createAndPopulateLogItem(e, r, o), e);
      } catch (s) {
        this.printLog(
          j.WARN,
          this.createAndPopulateLogItem(j.WARN, `Unable to buffer log: ${s.message}`, [s]),
        ),
          this.printLog(e, this.createAndPopulateLogItem(e, r, o));
      }
      return;
    }
    e >= this.#n.getLogLevel() &&
      (this.#o
        ? this.printLog(e, this.createAndPopulateLogItem(e, r, o))
        : this.#r.push([e, [e, r, o]]));
  }
  setConsole() {
    Fi()
      ? (this.console = console)
      : (this.console = new S2({ stdout: process.stdout, stderr: process.stderr })),
      (this.console.trace = (e, ...r) => {
        this.console.log(e, ...r);
      });
  }
  setInitialLogLevel(e) {
    const r = e?.toUpperCase();
    if (this.awsLogLevelShortCircuit(r)) {
      this.#i = this.#n.getBaseLogLevel();
      return;
    }
    if (this.isValidLogLevel(r)) {
      this.#n.setBaseLogLevel(j[r]), (this.#i = this.#n.getBaseLogLevel());
      return;
    }
    const o = this.getCustomConfigService()?.getLogLevel()?.toUpperCase();
    if (this.isValidLogLevel(o)) {
      this.#n.setBaseLogLevel(j[o]), (this.#i = this.#n.getBaseLogLevel());
      return;
    }
    const n = lt({ key: 'POWERTOOLS_LOG_LEVEL', defaultValue: '' }),
      s = lt({ key: 'LOG_LEVEL', defaultValue: '' }),
      i = n || s;
    this.isValidLogLevel(i) &&
      (this.#n.setBaseLogLevel(j[i]), (this.#i = this.#n.getBaseLogLevel()));
  }
  setInitialSampleRate(e) {
    const r = e,
      o = this.getCustomConfigService()?.getSampleRateValue(),
      n = PO({ key: 'POWERTOOLS_LOGGER_SAMPLE_RATE', defaultValue: 0 });
    for (const s of [r, o, n])
      if (this.isValidSampleRate(s)) {
        (this.#c.sampleRateValue = s),
          (this.powertoolsLogData.sampleRateValue = s),
          this.#h() &&
            this.#n.getBaseLogLevel() > j.TRACE &&
            (this.setLogLevel('DEBUG'),
            this.debug('Setting log level to DEBUG due to sampling rate'));
        break;
      }
  }
  setLogEvent() {
    this.logEvent = Nh({ key: 'POWERTOOLS_LOGGER_LOG_EVENT', defaultValue: !1 });
  }
  setLogFormatter(e, r) {
    this.logFormatter = e ?? new Tp({ logRecordOrder: r });
  }
  setLogIndentation() {
    Fi() && (this.logIndentation = Dh.PRETTY);
  }
  setOptions(e) {
    const {
      logLevel: r,
      serviceName: o,
      sampleRateValue: n,
      logFormatter: s,
      persistentKeys: i,
      persistentLogAttributes: a,
      environment: c,
      jsonReplacerFn: p,
      logRecordOrder: l,
      logBufferOptions: d,
      correlationIdSearchFn: m,
    } = e;
    a &&
      Object.keys(a).length > 0 &&
      i &&
      Object.keys(i).length > 0 &&
      this.warn(
        'Both persistentLogAttributes and persistentKeys options were provided. Using persistentKeys as persistentLogAttributes is deprecated and will be removed in future releases',
      ),
      this.setPowertoolsLogData(o, c, i || a);
    const f = lt({ key: 'AWS_LAMBDA_LOG_LEVEL', defaultValue: '' }),
      h = f === 'FATAL' ? 'CRITICAL' : f;
    return (
      this.isValidLogLevel(h) && (this.#e = h),
      this.setLogEvent(),
      this.setInitialLogLevel(r),
      this.setInitialSampleRate(n),
      this.setLogFormatter(s, l),
      this.setConsole(),
      this.setLogIndentation(),
      (this.#a = p),
      this.#x(d),
      (this.#u = m),
      this
    );
  }
  setPowertoolsLogData(e, r, o) {
    this.addToPowertoolsLogData({
      awsRegion: lt({ key: 'AWS_REGION', defaultValue: '' }),
      environment:
        r ||
        this.getCustomConfigService()?.getCurrentEnvironment() ||
        lt({ key: 'ENVIRONMENT', defaultValue: '' }),
      serviceName:
        e ||
        this.getCustomConfigService()?.getServiceName() ||
        lt({ key: 'POWERTOOLS_SERVICE_NAME', defaultValue: '' }) ||
        this.defaultServiceName,
    }),
      o && this.appendPersistentKeys(o);
  }
  #x(e) {
    if (e === void 0 || ((this.#s.enabled = e?.enabled !== !1), this.#s.enabled === !1)) return;
    e?.maxBytes !== void 0 && (this.#s.maxBytes = e.maxBytes),
      this.#n.configureBuffer(this.#s.maxBytes),
      e?.flushOnErrorLog === !1 && (this.#s.flushOnErrorLog = !1);
    const r = e?.bufferAtVerbosity?.toUpperCase();
    this.isValidLogLevel(r) && (this.#s.bufferAtVerbosity = j[r]),
      this.#e !== void 0 &&
        j[this.#e] > this.#s.bufferAtVerbosity &&
        this.#p(
          'Advanced Loggging Controls (ALC) Log Level is less verbose than Log Buffering Log Level. Buffered logs will be filtered by ALC',
        );
  }
  bufferLogItem(e, r, o) {
    r.prepareForPrint(),
      this.#n.add(
        e,
        JSON.stringify(r.getAttributes(), this.getJsonReplacer(), this.logIndentation),
        o,
      );
  }
  flushBuffer() {
    if (this.#s.enabled === !1) return;
    const e = Vi();
    if (e === void 0) return;
    const r = this.#n.get(e);
    if (r !== void 0) {
      for (const o of r) {
        const n = this.getLogLevelNameFromNumber(o.logLevel).toLowerCase();
        this.console[n](o.value);
      }
      r.hasEvictedLog &&
        this.printLog(
          j.WARN,
          this.createAndPopulateLogItem(
            j.WARN,
            'Some logs are not displayed because they were evicted from the buffer. Increase buffer size to store more logs in the buffer',
            [],
          ),
        ),
        this.#e !== void 0 &&
          j[this.#e] > this.#s.bufferAtVerbosity &&
          this.#p(
            'Advanced Loggging Controls (ALC) Log Level is less verbose than Log Buffering Log Level. Some logs might be missing.',
          ),
        this.#n.delete(e);
    }
  }
  clearBuffer() {
    if (this.#s.enabled === !1) return;
    const e = Vi();
    e !== void 0 && this.#n.delete(e);
  }
  shouldBufferLog(e, r) {
    return this.#s.enabled && e !== void 0 && r <= this.#s.bufferAtVerbosity;
  }
  setCorrelationId(e, r) {
    if (typeof r == 'string') {
      if (!this.#u) {
        this.#p(
          'correlationIdPath is set but no search function was provided. The correlation ID will not be added to the log attributes.',
        );
        return;
      }
      const o = this.#u(r, e);
      o && this.appendKeys({ correlation_id: o });
      return;
    }
    this.appendKeys({ correlation_id: e });
  }
  getCorrelationId() {
    return this.#t.getTemporaryAttributes().correlation_id;
  }
};
var Ln = {
  tableName: 'TABLE_NAME',
  dynamodbEndpoint: 'DYNAMODB_ENDPOINT',
  region: 'AWS_REGION',
  aiProvider: 'AI_PROVIDER',
  aiModel: 'AI_MODEL',
  aiBaseUrl: 'AI_BASE_URL',
  aiApiKeyParameter: 'AI_API_KEY_PARAMETER',
  aiApiKey: 'AI_API_KEY',
  aiApiKeyCacheSeconds: 'AI_API_KEY_CACHE_SECONDS',
  aiTimeoutMs: 'AI_TIMEOUT_MS',
  aiMaxRetries: 'AI_MAX_RETRIES',
  aiMaxOutputTokens: 'AI_MAX_OUTPUT_TOKENS',
  historyMaxMessages: 'HISTORY_MAX_MESSAGES',
  historyMaxChars: 'HISTORY_MAX_CHARS',
  telemetryHeaders: 'TELEMETRY_HEADERS',
  cursorSecret: 'CURSOR_SECRET',
};
function BO(t) {
  return {
    tableName: VO(t, Ln.tableName),
    endpoint: E2(t, Ln.dynamodbEndpoint),
    region: t[Ln.region] ?? 'us-east-1',
  };
}
function FO(t) {
  const e = VO(t, Ln.cursorSecret);
  if (e.length < 32) throw new xo(`${Ln.cursorSecret} must be at least 32 characters`);
  return { telemetryHeaders: x2(t, Ln.telemetryHeaders), cursorSecret: e };
}
function VO(t, e) {
  const r = t[e];
  if (!r) throw new xo(`${e} is required`);
  return r;
}
function E2(t, e) {
  const r = t[e];
  if (r) {
    if (!URL.canParse(r)) throw new xo(`${e} must be a URL, got "${r}"`);
    return r;
  }
}
function x2(t, e) {
  const r = t[e];
  if (r === void 0 || r === '' || r === 'false' || r === '0') return !1;
  if (r === 'true' || r === '1') return !0;
  throw new xo(`${e} must be true or false, got "${r}"`);
}

import { createHmac as _2, timingSafeEqual as T2 } from 'node:crypto';

var HO = 1,
  I2 = 16,
  Ap = class {
    #e;
    constructor(e) {
      this.#e = e;
    }
    encode(e, r) {
      const o = Buffer.from(JSON.stringify({ v: HO, l: e.listing, p: r }));
      return `${o.toString('base64url')}.${this.#t(e, o).toString('base64url')}`;
    }
    decode(e, r, o) {
      const [n, s, ...i] = r.split('.');
      if (!n || !s || i.length > 0) throw qi();
      const a = Buffer.from(n, 'base64url'),
        c = Buffer.from(s, 'base64url'),
        p = this.#t(e, a);
      if (c.length !== p.length || !T2(c, p)) throw qi();
      let l;
      try {
        l = JSON.parse(a.toString('utf8'));
      } catch (m) {
        throw qi(m);
      }
      if (typeof l != 'object' || l === null || l.v !== HO || l.l !== e.listing) throw qi();
      const d = l.p;
      if (!o(d)) throw qi();
      return d;
    }
    #t(e, r) {
      return _2('sha256', this.#e)
        .update(e.sub)
        .update('\0')
        .update(e.listing)
        .update('\0')
        .update(r)
        .digest()
        .subarray(0, I2);
    }
  };
function qi(t) {
  return new Ar('cursor is not valid for this listing', { cause: t });
}
function GO(t) {
  const e = t.requestContext?.authorizer?.jwt?.claims,
    r = e?.sub;
  if (typeof r != 'string' || r.length === 0 || r.includes('#'))
    throw new $n('request carries no verified identity');
  if (e?.token_use !== 'access') throw new $n('an access token is required');
  return r;
}
function $h(t, e) {
  return {
    statusCode: t,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(e),
  };
}
function KO(t, e) {
  const r = t instanceof At ? t : void 0,
    o = r?.code ?? 'INTERNAL',
    n = r?.status ?? 500,
    s = {
      error: { code: o, message: r && n < 500 ? r.message : w2(o), retryable: r?.retryable ?? !1 },
      requestId: e,
    };
  return $h(n, s);
}
function w2(t) {
  switch (t) {
    case 'AI_RATE_LIMITED':
      return 'The AI provider is busy; retry later';
    case 'AI_PROVIDER_ERROR':
      return 'The AI provider failed to answer; retry later';
    case 'AI_TIMEOUT':
      return 'The AI provider did not answer in time; retry later';
    case 'STORE_THROTTLED':
      return 'The service is busy; retry later';
    default:
      return 'Internal error';
  }
}
var bp = class {
  #e = performance.now();
  #t = { ssm: 0, ddb: 0, ai: 0 };
  #r = { rcu: 0, wcu: 0, retries: 0 };
  async time(e, r) {
    const o = performance.now();
    try {
      return await r();
    } finally {
      this.#t[e] += performance.now() - o;
    }
  }
  recordDynamoDb(e, r) {
    if (typeof r != 'object' || r === null) return;
    const o = r,
      n = o.ConsumedCapacity,
      s = (Array.isArray(n) ? n : n ? [n] : []).reduce((i, a) => i + (a.CapacityUnits ?? 0), 0);
    e === 'read' ? (this.#r.rcu += s) : (this.#r.wcu += s),
      (this.#r.retries += Math.max(0, (o.$metadata?.attempts ?? 1) - 1));
  }
  get dynamoDb() {
    return this.#r;
  }
  timings() {
    return { ...this.#t, app: performance.now() - this.#e };
  }
  headers(e, r) {
    const o = this.timings();
    return (
      r !== void 0 && (o.init = r),
      {
        [Un.serverTiming]: Bh(o),
        [Un.coldStart]: r === void 0 ? '0' : '1',
        [Un.environment]: e,
        [Un.dynamodb]: Fh(this.#r),
      }
    );
  }
};
var b2 = 1500;
function zO(t) {
  let e = new Wi({ serviceName: 'loopgauge' }),
    r = BO(t),
    o = FO(t),
    n = new yp(wO(r), r.tableName),
    s = new Ap(o.cursorSecret),
    i = A2(6).toString('hex'),
    a = performance.now();
  return {
    route(c, p) {
      const { routeKey: l } = Rp[c];
      return async (d, m) => {
        const f = new bp(),
          h = d.requestContext?.requestId ?? m.awsRequestId,
          S = a;
        (a = void 0), e.addContext(m), e.appendKeys({ route: l, apiRequestId: h });
        let g;
        try {
          if (d.routeKey !== l) throw new Bn('no such route');
          const y = Math.max(0, m.getRemainingTimeInMillis() - b2),
            E = { signal: AbortSignal.timeout(y), at: Date.now() + y },
            T = await p(d, { sub: GO(d), store: n, cursors: s, meter: f, deadline: E });
          g = $h(200, T);
        } catch (y) {
          const E = Vh(y);
          (g = KO(E, h)), C2(e, E, g.statusCode);
        }
        return (
          e.info('request', {
            status: g.statusCode,
            timings: f.timings(),
            dynamodb: f.dynamoDb,
            ...(S === void 0 ? {} : { initDurationMs: S }),
          }),
          e.removeKeys(['route', 'apiRequestId']),
          o.telemetryHeaders && Object.assign(g.headers, f.headers(i, S)),
          g
        );
      };
    },
  };
}
function C2(t, e, r) {
  const o = e.cause instanceof Error ? e.cause : void 0,
    n = {
      status: r,
      error: e.name,
      code: e instanceof At ? e.code : 'INTERNAL',
      ...(e instanceof At && r < 500 ? { reason: e.message } : {}),
      ...(o ? { cause: o.name, causeStatus: o.status } : {}),
    };
  r >= 500 ? t.error('request failed', n) : t.warn('request rejected', n);
}
function jO(t, e) {
  const r = t?.limit;
  if (r === void 0) return e.default;
  if (!/^\d{1,4}$/.test(r)) throw new Ar(`limit must be an integer from ${e.min} to ${e.max}`);
  const o = Number(r);
  if (o < e.min || o > e.max) throw new Ar(`limit must be an integer from ${e.min} to ${e.max}`);
  return o;
}
function WO(t) {
  const e = t?.cursor;
  if (e !== void 0) {
    if (e.length === 0 || e.length > 2048) throw new Ar('cursor is not valid for this listing');
    return e;
  }
}
var R2 = zO(process.env),
  Hme = R2.route('get_chats', (t, e) =>
    bO(e, e.sub, {
      limit: jO(t.queryStringParameters, Op.chatsPage),
      cursor: WO(t.queryStringParameters),
    }),
  );

export { Hme as handler };
/*! Bundled license information:

@aws-lambda-powertools/logger/lib/esm/logBuffer.js:
@aws-lambda-powertools/logger/lib/esm/Logger.js:
  (* v8 ignore next -- @preserve *)
*/
