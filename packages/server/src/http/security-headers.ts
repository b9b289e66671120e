import type { RequestHandler } from 'express';

/** Sets CSP (object-src none, base-uri none, frame-ancestors none), nosniff, referrer policy, and HSTS over https. */
export const securityHeaders: RequestHandler = (req, res, next) => {
  // 'unsafe-eval': the web app runs the runtime's form engine in the browser (live linkage, preview
  // validation), and ajv compiles JSON Schemas to functions. Everything else stays 'self' only.
  res.setHeader('Content-Security-Policy', "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'");
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'same-origin');
  res.setHeader('X-Frame-Options', 'DENY');
  if (req.secure) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  next();
};
