'use client';
// Daily charts for the stats page (recharts).
import { Bar, BarChart, CartesianGrid, ComposedChart, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { DayStats } from '@/lib/store/admin/stats';

const axis = { fontSize: 11, fill: '#57606a' };
const short = (d: string) => d.slice(5);

function Chart({ title, children }: { title: string; children: React.ReactElement }) {
  return (
    <div className="admin-card">
      <div className="admin-card-head">
        <h2>{title}</h2>
      </div>
      <div className="admin-card-body chart-box">
        <ResponsiveContainer width="100%" height="100%">
          {children}
        </ResponsiveContainer>
      </div>
    </div>
  );
}

export function StatsCharts({ days }: { days: DayStats[] }) {
  const data = days.map((d) => ({
    ...d,
    attachmentMB: Math.round((d.attachmentBytes / 1024 / 1024) * 100) / 100,
    ratioPct: d.feedbackRatio === null ? null : Math.round(d.feedbackRatio * 100),
  }));
  return (
    <div className="chart-grid" data-testid="stats-charts">
      <Chart title="Users">
        <LineChart data={data}>
          <CartesianGrid stroke="#eef0f3" vertical={false} />
          <XAxis dataKey="day" tickFormatter={short} tick={axis} />
          <YAxis allowDecimals={false} tick={axis} width={40} />
          <Tooltip />
          <Legend />
          <Line type="monotone" dataKey="users" name="All users" stroke="#1f4fd1" dot={false} />
          <Line type="monotone" dataKey="activeUsers" name="Active" stroke="#1b7f3b" dot={false} />
        </LineChart>
      </Chart>
      <Chart title="Conversations and messages">
        <BarChart data={data}>
          <CartesianGrid stroke="#eef0f3" vertical={false} />
          <XAxis dataKey="day" tickFormatter={short} tick={axis} />
          <YAxis allowDecimals={false} tick={axis} width={40} />
          <Tooltip />
          <Legend />
          <Bar dataKey="conversations" name="Conversations" fill="#1f4fd1" />
          <Bar dataKey="messages" name="Messages" fill="#9db4f0" />
        </BarChart>
      </Chart>
      <Chart title="Attachments and screenshots">
        {/* Two bars a day and the volume as a line: three bars a day squeezed each into a hairline. */}
        <ComposedChart data={data} barCategoryGap="20%">
          <CartesianGrid stroke="#eef0f3" vertical={false} />
          <XAxis dataKey="day" tickFormatter={short} tick={axis} />
          <YAxis yAxisId="n" allowDecimals={false} tick={axis} width={40} />
          <YAxis yAxisId="mb" orientation="right" tick={axis} width={48} unit=" MB" />
          <Tooltip />
          <Legend />
          <Bar yAxisId="n" dataKey="attachments" name="Attachments" fill="#a15c00" />
          <Bar yAxisId="n" dataKey="screenshots" name="Screenshots" fill="#f0b35a" />
          <Line yAxisId="mb" type="monotone" dataKey="attachmentMB" name="MB" stroke="#57606a" dot={false} />
        </ComposedChart>
      </Chart>
      <Chart title="Feedback">
        <BarChart data={data}>
          <CartesianGrid stroke="#eef0f3" vertical={false} />
          <XAxis dataKey="day" tickFormatter={short} tick={axis} />
          <YAxis allowDecimals={false} tick={axis} width={40} />
          <Tooltip />
          <Legend />
          <Bar dataKey="positive" name="Up" stackId="f" fill="#1b7f3b" />
          <Bar dataKey="negative" name="Down" stackId="f" fill="#c62828" />
        </BarChart>
      </Chart>
    </div>
  );
}
