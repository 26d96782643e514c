// Listeners and listener rules count against their own load balancer's quotas (hand-counted).
import { fromTemplate, fromTerraform, totals } from './inputs.js';

describe('ELBv2 listeners and rules', () => {
  test('Terraform: an NLB listener counts against the NLB listener quota, an ALB listener and its rules against the ALB ones', () => {
    const { r, coverage } = fromTerraform([
      { address: 'aws_lb.app', after: { load_balancer_type: 'application' } },
      { address: 'aws_lb.net', after: { load_balancer_type: 'network' } },
      { address: 'aws_lb_listener.https', after: { protocol: 'HTTPS', port: 443 }, refs: { load_balancer_arn: 'aws_lb.app' } },
      { address: 'aws_lb_listener.http', after: { port: 80 }, refs: { load_balancer_arn: 'aws_lb.app' } },
      { address: 'aws_lb_listener.tcp', after: { protocol: 'TCP', port: 22 }, refs: { load_balancer_arn: 'aws_lb.net' } },
      { address: 'aws_lb_listener_rule.a', after: { priority: 10 }, refs: { listener_arn: 'aws_lb_listener.https' } },
      { address: 'aws_lb_listener_rule.b', after: { priority: 20 }, refs: { listener_arn: 'aws_lb_listener.https' } },
      { address: 'aws_lb_listener_rule.c', after: { priority: 30 }, refs: { listener_arn: 'aws_lb_listener.http' } },
    ]);
    expect(totals(r)).toEqual({
      'us-east-1 L-53DA6B97 region': '1', // ALBs
      'us-east-1 L-69A177A2 region': '1', // NLBs
      'us-east-1 L-B6DF7632 resource:aws_lb.app': '2', // https + http on the ALB
      'us-east-1 L-57A373D6 resource:aws_lb.net': '1', // tcp on the NLB
      'us-east-1 L-7EED9B64 resource:aws_lb.app': '3', // 3 rules on the ALB's two listeners
    });
    expect(coverage).toEqual({ resources: 8, mapped: 8, unsupported: [] });
  });

  test('Terraform: load balancers outside the plan are typed by ARN, else by protocol, else unknown for both quotas', () => {
    const arn = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/edge/50dc6c495c0c9188';
    const { r } = fromTerraform([
      { address: 'aws_lb_listener.by_arn', after: { load_balancer_arn: arn, port: 443 } },
      { address: 'aws_lb_listener.by_protocol', after: { load_balancer_arn: 'existing-alb', protocol: 'HTTP' } },
      { address: 'aws_lb_listener.unknown', after: { port: 8080 }, refs: { load_balancer_arn: 'module.x.aws_lb.y' } },
      { address: 'aws_lb_listener_rule.existing', after: { listener_arn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/web/50dc6c495c0c9188/f2f7dc8efc522ab2' } },
    ]);
    expect(totals(r)).toEqual({
      [`us-east-1 L-57A373D6 resource:${arn}`]: '1',
      'us-east-1 L-B6DF7632 resource:existing-alb': '1',
      'us-east-1 L-B6DF7632 resource:(resource known after apply)': '0 +1 unknown',
      'us-east-1 L-57A373D6 resource:(resource known after apply)': '0 +1 unknown',
      'us-east-1 L-7EED9B64 resource:arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web/50dc6c495c0c9188': '1',
    });
    expect(r['us-east-1 L-57A373D6 resource:(resource known after apply)']!.unknowns[0]).toBe('aws_lb_listener.unknown: the type of its load balancer is not known offline');
  });

  test('CloudFormation: listeners by their load balancer Type, rules through their listener', () => {
    const { r, coverage } = fromTemplate(`
Resources:
  Alb: { Type: AWS::ElasticLoadBalancingV2::LoadBalancer, Properties: { Subnets: [a, b] } }
  Nlb: { Type: AWS::ElasticLoadBalancingV2::LoadBalancer, Properties: { Type: network, Subnets: [a, b] } }
  Web: { Type: AWS::ElasticLoadBalancingV2::Listener, Properties: { LoadBalancerArn: !Ref Alb, Port: 80, Protocol: HTTP, DefaultActions: [] } }
  Tcp: { Type: AWS::ElasticLoadBalancingV2::Listener, Properties: { LoadBalancerArn: !Ref Nlb, Port: 22, Protocol: TCP, DefaultActions: [] } }
  Tls: { Type: AWS::ElasticLoadBalancingV2::Listener, Properties: { LoadBalancerArn: !Ref Nlb, Port: 443, Protocol: TLS, DefaultActions: [] } }
  Api: { Type: AWS::ElasticLoadBalancingV2::ListenerRule, Properties: { ListenerArn: !Ref Web, Priority: 1, Actions: [], Conditions: [] } }
`);
    expect(totals(r)).toEqual({
      'us-east-1 L-53DA6B97 region': '1',
      'us-east-1 L-69A177A2 region': '1',
      'us-east-1 L-B6DF7632 resource:Alb': '1',
      'us-east-1 L-57A373D6 resource:Nlb': '2',
      'us-east-1 L-7EED9B64 resource:Alb': '1',
    });
    expect(coverage).toEqual({ resources: 6, mapped: 6, unsupported: [] });
  });
});
