// Input: {"epochMilliseconds": number}. Output: {"timestamp"}: the library's DateHelper.getNowString() at that
// instant (the clock is pinned by replacing Date for the duration of the call).
import { cognito, run } from './io.mjs';

const RealDate = Date;

run(({ epochMilliseconds }) => {
  globalThis.Date = class extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(epochMilliseconds);
      else super(...args);
    }
  };
  try {
    return { timestamp: new cognito.DateHelper().getNowString() };
  } finally {
    globalThis.Date = RealDate;
  }
});
