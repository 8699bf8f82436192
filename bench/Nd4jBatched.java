import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.ops.transforms.Transforms;
/** ND4J batched synchronous Glauber (P = 2, exact distinct fields) for B replicas: measured to decide whether to batch chains with ND4J. Args: N K B. */
public class Nd4jBatched { public static void main(String[] a){
  long t00=System.nanoTime();
  Nd4j.getRandom().setSeed(1);
  int N=Integer.parseInt(a[0]), K=Integer.parseInt(a[1]), B=Integer.parseInt(a[2]);
  INDArray xi = Transforms.sign(Nd4j.rand(DataType.DOUBLE, K, N).subi(0.5));
  INDArray xit = xi.transpose().dup('c');
  INDArray sigma = xi.getRow(0).reshape(N,1).repeat(1, B).dup('c');
  System.out.println("init " + (System.nanoTime()-t00)/1e9 + " s");
  double beta=10;
  for (int rep=0; rep<3; rep++){
    long t0=System.nanoTime(); int sweeps=0;
    while(System.nanoTime()-t0<2e9){
      INDArray p1 = xi.mmul(sigma);               // K x B
      INDArray h = xit.mmul(p1).divi(N);          // N x B  (P=2 all-tuples incl. self; minus self: h - sigma*K/N)
      h.subi(sigma.mul((double)K/N));
      INDArray u = Nd4j.rand(DataType.DOUBLE, N, B).muli(2).subi(1);
      sigma = Transforms.sign(Transforms.tanh(h.muli(beta)).addi(u));
      sweeps++;
    }
    double dt=(System.nanoTime()-t0)/1e9;
    System.out.printf("ND4J N=%d K=%d B=%d: %.3g pattern-updates/s%n", N,K,B, sweeps*(double)N*K*B/dt);
  }
}}
