import java.util.*;

public class Main {
    static int[] parent;
    static int find(int x) { while (parent[x] != x) { parent[x] = parent[parent[x]]; x = parent[x]; } return x; }
    static boolean union(int a, int b) { int ra = find(a), rb = find(b); if (ra == rb) return false; parent[Math.max(ra, rb)] = Math.min(ra, rb); return true; }

    public static void main(String[] args) {
        String[] names = {"A", "B", "C", "D", "E", "F", "G", "H"};
        int[][] edges = {{0, 1, 4}, {0, 2, 3}, {1, 2, 1}, {1, 3, 2}, {2, 3, 4}, {3, 4, 2}, {4, 5, 6}, {5, 6, 1}, {4, 6, 3}, {6, 7, 5}, {2, 7, 12}};
        int n = names.length;
        List<List<int[]>> adj = new ArrayList<>();
        for (int i = 0; i < n; i++) adj.add(new ArrayList<>());
        for (int[] e : edges) { adj.get(e[0]).add(new int[]{e[1], e[2]}); adj.get(e[1]).add(new int[]{e[0], e[2]}); }
        boolean[] seen = new boolean[n];
        Deque<Integer> q = new ArrayDeque<>(List.of(0));
        seen[0] = true;
        StringBuilder bfs = new StringBuilder("BFS:");
        while (!q.isEmpty()) { int u = q.poll(); bfs.append(' ').append(names[u]); for (int[] e : adj.get(u)) if (!seen[e[0]]) { seen[e[0]] = true; q.add(e[0]); } }
        System.out.println(bfs);
        StringBuilder dfs = new StringBuilder("DFS:");
        dfs(0, adj, new boolean[n], names, dfs);
        System.out.println(dfs);
        long[] dist = new long[n];
        int[] prev = new int[n];
        Arrays.fill(dist, Long.MAX_VALUE);
        Arrays.fill(prev, -1);
        dist[0] = 0;
        PriorityQueue<long[]> pq = new PriorityQueue<>(Comparator.<long[]>comparingLong(a -> a[0]).thenComparingLong(a -> a[1]));
        pq.add(new long[]{0, 0});
        while (!pq.isEmpty()) {
            long[] top = pq.poll();
            int u = (int) top[1];
            if (top[0] > dist[u]) continue;
            for (int[] e : adj.get(u)) if (dist[u] + e[1] < dist[e[0]]) { dist[e[0]] = dist[u] + e[1]; prev[e[0]] = u; pq.add(new long[]{dist[e[0]], e[0]}); }
        }
        for (int v = 0; v < n; v++) {
            Deque<String> path = new ArrayDeque<>();
            for (int x = v; x != -1; x = prev[x]) path.push(names[x]);
            System.out.println("A->" + names[v] + " " + dist[v] + " via " + String.join("-", path));
        }
        Integer[] order = new Integer[edges.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingInt((Integer i) -> edges[i][2]).thenComparingInt(i -> i));
        parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        int total = 0;
        List<String> mst = new ArrayList<>();
        for (int i : order) if (union(edges[i][0], edges[i][1])) { total += edges[i][2]; mst.add(names[edges[i][0]] + names[edges[i][1]] + "(" + edges[i][2] + ")"); }
        System.out.println("MST " + total + " " + mst);
        long INF = Long.MAX_VALUE / 4;
        long[][] fw = new long[n][n];
        for (long[] row : fw) Arrays.fill(row, INF);
        for (int i = 0; i < n; i++) fw[i][i] = 0;
        for (int[] e : edges) { fw[e[0]][e[1]] = Math.min(fw[e[0]][e[1]], e[2]); fw[e[1]][e[0]] = Math.min(fw[e[1]][e[0]], e[2]); }
        for (int k = 0; k < n; k++) for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) if (fw[i][k] + fw[k][j] < fw[i][j]) fw[i][j] = fw[i][k] + fw[k][j];
        for (long[] row : fw) { StringBuilder sb = new StringBuilder(); for (long d : row) sb.append(String.format(Locale.ROOT, "%3d", d)); System.out.println(sb); }
        Map<String, List<String>> deps = new TreeMap<>();
        deps.put("app", List.of("lib", "util", "log"));
        deps.put("lib", List.of("util", "core"));
        deps.put("util", List.of("core"));
        deps.put("log", List.of("core"));
        deps.put("core", List.of());
        deps.put("test", List.of("app", "mock"));
        deps.put("mock", List.of("core"));
        Map<String, Integer> indeg = new TreeMap<>();
        for (String k : deps.keySet()) indeg.putIfAbsent(k, 0);
        Map<String, List<String>> users = new TreeMap<>();
        for (Map.Entry<String, List<String>> e : deps.entrySet()) for (String d : e.getValue()) { indeg.merge(e.getKey(), 1, Integer::sum); users.computeIfAbsent(d, x -> new ArrayList<>()).add(e.getKey()); }
        PriorityQueue<String> ready = new PriorityQueue<>();
        indeg.forEach((k, v) -> { if (v == 0) ready.add(k); });
        List<String> topo = new ArrayList<>();
        while (!ready.isEmpty()) { String s = ready.poll(); topo.add(s); for (String u : users.getOrDefault(s, List.of())) if (indeg.merge(u, -1, Integer::sum) == 0) ready.add(u); }
        System.out.println("build order " + topo);
        int[][] grid = {{1, 1, 0, 0, 1}, {0, 1, 0, 1, 1}, {1, 0, 0, 0, 0}, {1, 1, 0, 1, 1}};
        int islands = 0;
        List<Integer> sizes = new ArrayList<>();
        boolean[][] vis = new boolean[4][5];
        for (int r = 0; r < 4; r++) for (int c = 0; c < 5; c++) if (grid[r][c] == 1 && !vis[r][c]) { islands++; sizes.add(flood(grid, vis, r, c)); }
        System.out.println("islands " + islands + " sizes " + sizes);
        int[][] dag = {{1, 2}, {3}, {3, 4}, {5}, {5}, {}};
        long[] ways = new long[6];
        ways[0] = 1;
        for (int u = 0; u < 6; u++) for (int v : dag[u]) ways[v] += ways[u];
        System.out.println("paths in DAG " + Arrays.toString(ways));
        int[][] cyc = {{1}, {2}, {0, 3}, {}};
        System.out.println("has cycle " + hasCycle(cyc) + " " + hasCycle(dag));
    }

    static void dfs(int u, List<List<int[]>> adj, boolean[] seen, String[] names, StringBuilder out) {
        seen[u] = true;
        out.append(' ').append(names[u]);
        for (int[] e : adj.get(u)) if (!seen[e[0]]) dfs(e[0], adj, seen, names, out);
    }

    static int flood(int[][] g, boolean[][] vis, int r, int c) {
        if (r < 0 || c < 0 || r >= g.length || c >= g[0].length || vis[r][c] || g[r][c] == 0) return 0;
        vis[r][c] = true;
        return 1 + flood(g, vis, r + 1, c) + flood(g, vis, r - 1, c) + flood(g, vis, r, c + 1) + flood(g, vis, r, c - 1);
    }

    static boolean hasCycle(int[][] g) {
        int[] state = new int[g.length];
        for (int i = 0; i < g.length; i++) if (state[i] == 0 && cycleFrom(g, i, state)) return true;
        return false;
    }
    static boolean cycleFrom(int[][] g, int u, int[] state) {
        state[u] = 1;
        for (int v : g[u]) { if (state[v] == 1) return true; if (state[v] == 0 && cycleFrom(g, v, state)) return true; }
        state[u] = 2;
        return false;
    }
}
