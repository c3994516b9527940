import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { noChange } from 'lit';

/**
 * Sets CSS custom properties through `style.setProperty`, never through a `style="…"` string.
 * Lit's styleMap writes a string attribute on first render, which a strict CSP
 * (`style-src 'self'`) blocks; CSSOM calls are allowed.
 */
class VarsDirective extends Directive {
  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('vars() goes on an element: <div ${vars({…})}>');
  }
  render(_vars: Record<string, string>) {
    return noChange;
  }
  override update(part: ElementPart, [vars]: [Record<string, string>]) {
    const { style } = part.element as HTMLElement;
    for (const k in vars) style.setProperty(k, vars[k]);
    return noChange;
  }
}

export const vars = directive(VarsDirective);
