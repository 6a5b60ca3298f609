/**
 * {@code yunxi demo}: the dev consortium plays the seed's cases end to end with the real contracts,
 * SDK and indexers. {@link cn.yunxi.demo.DemoEnvironments} brings the environment up on a running
 * node (deploy, one indexer per department); {@link cn.yunxi.demo.DemoScript} plays the cases in
 * it.
 */
package cn.yunxi.demo;
