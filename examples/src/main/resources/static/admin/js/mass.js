// A mass send's page: polls the job's progress (fed by WeChat's MASSSENDJOBFINISH events) until it is done.
wxkitJobProgress({
  prefix: 'mass', every: 1000, delayFirst: true,
  fields: {sent: 'sent', total: 'total', errors: 'errors', failure: 'failure'},
  done: function (p) { return p.state === 'finished' || p.state === 'failed'; }
});
